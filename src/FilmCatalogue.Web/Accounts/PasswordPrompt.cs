using System.Text;

namespace FilmCatalogue.Web.Accounts;

/// <summary>
/// Reads a password for a command-line verb: from a terminal without echoing it, or one line at a time from a pipe
/// (<c>printf '%s\n%s\n' "$pw" "$pw" | FilmCatalogue.Web add-curator ...</c>). Prompts go to standard error so that
/// standard output stays the verb's report.
/// </summary>
public sealed class PasswordPrompt(TextReader input, TextWriter prompts, bool fromTerminal)
{
    public static PasswordPrompt FromConsole() => new(Console.In, Console.Error, fromTerminal: !Console.IsInputRedirected);

    /// <returns>The password typed, or null when the input ended first.</returns>
    public string? Read(string prompt)
    {
        if (!fromTerminal)
        {
            return input.ReadLine();
        }

        prompts.Write(prompt);
        prompts.Flush();
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        prompts.WriteLine();
        return password.ToString();
    }
}
