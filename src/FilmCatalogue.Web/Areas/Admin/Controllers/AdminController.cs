using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>
/// The base of every admin controller: the Admin area, its one policy (a curator or an administrator) and, with
/// <c>Catalogue:RequireTwoFactor</c>, two-factor sign-in set up first. Anonymous visitors are sent to sign in;
/// other accounts get 403. A test checks that every endpoint of the area carries the policy.
/// </summary>
[Area("Admin")]
[Authorize(Policy = CatalogueRoles.CuratorPolicy)]
[TypeFilter<TwoFactorSetUpFilter>]
public abstract class AdminController : Controller
{
    /// <summary>The interface's words, for the messages the area's pages are given: from the request's services, as TempData and Url are.</summary>
    protected IStringLocalizer<InterfaceText> Text => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<InterfaceText>>();
}
