using System.ComponentModel.DataAnnotations;

namespace FilmCatalogue.Web.Accounts;

/// <summary>
/// <c>add-curator EMAIL [--admin]</c>: adds a curator (with <c>--admin</c>, an administrator too), reading the
/// password twice from standard input. This is how the first account is made: none ships with the app.
/// </summary>
public static class AddCuratorCommand
{
    /// <returns>0 when the account was added; 1 when it was refused (email taken or invalid, passwords differ, weak password).</returns>
    public static async Task<int> RunAsync(
        IServiceProvider services, string email, bool administrator, PasswordPrompt prompt, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        email = email.Trim();
        if (!new EmailAddressAttribute().IsValid(email))
        {
            await error.WriteLineAsync($"add-curator: '{email}' is not an email address; nothing was added.");
            return 1;
        }

        var curators = services.GetRequiredService<CuratorManager>();
        if (await curators.FindByEmailAsync(email) is not null)
        {
            await error.WriteLineAsync($"add-curator: an account with the email {email} already exists; nothing was added.");
            return 1;
        }

        var password = prompt.Read($"Password for {email}: ");
        var again = password is null ? null : prompt.Read("The same password again: ");
        if (password is null || again is null)
        {
            await error.WriteLineAsync("add-curator: give the password twice on standard input (two lines); nothing was added.");
            return 1;
        }

        if (!string.Equals(password, again, StringComparison.Ordinal))
        {
            await error.WriteLineAsync("add-curator: the two passwords differ; nothing was added.");
            return 1;
        }

        var result = await curators.CreateCuratorAsync(email, password, administrator, cancellationToken);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"add-curator: {email} was not added:");
            foreach (var problem in result.Errors)
            {
                await error.WriteLineAsync($"  {problem.Description}");
            }

            return 1;
        }

        var roles = administrator ? $"{CatalogueRoles.Curator}, {CatalogueRoles.Administrator}" : CatalogueRoles.Curator;
        await output.WriteLineAsync($"added {email} with the role(s) {roles}");
        return 0;
    }
}
