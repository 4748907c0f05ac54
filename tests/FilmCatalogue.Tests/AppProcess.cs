using System.Diagnostics;

namespace FilmCatalogue.Tests;

/// <summary>The app's executable in a process of its own, on a test's database, as a script or a newcomer would run it.</summary>
public static class AppProcess
{
    /// <param name="environment">Settings of the run's own (configuration keys as environment variables), beside the database's.</param>
    public static ProcessStartInfo StartInfo(
        string workingDirectory, TestDatabase database, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FilmCatalogue.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        database.ApplyTo(start);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>Runs the verb to its end, with <paramref name="input"/> on standard input (then closed).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string workingDirectory, TestDatabase database, IEnumerable<string> args, string input = "", TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Process.Start(StartInfo(workingDirectory, database, args, environment))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(timeout ?? TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }
}
