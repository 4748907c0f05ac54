using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace FilmCatalogue.Web.Accounts;

/// <summary>
/// With <c>Catalogue:RequireTwoFactor</c> on, sends a signed-in curator who has no authenticator app to set one up,
/// and back afterwards. Runs after the area's policy, so it only sees curators.
/// </summary>
public sealed class TwoFactorSetUpFilter(IOptionsMonitor<AccountOptions> options, UserManager<Curator> curators) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!options.CurrentValue.RequireTwoFactor || context.HttpContext.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var curator = await curators.GetUserAsync(context.HttpContext.User);
        if (curator is null || await curators.GetTwoFactorEnabledAsync(curator))
        {
            return;
        }

        var request = context.HttpContext.Request;
        var returnUrl = HttpMethods.IsGet(request.Method) ? $"{request.PathBase}{request.Path}{request.QueryString}" : "/admin";
        context.Result = new RedirectToActionResult("EnableAuthenticator", "Account", new { area = "", returnUrl, required = true });
    }
}
