using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Controllers;
using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>
/// The administrators' page of accounts: list, add, lock and unlock, make and unmake administrator, remove.
/// An administrator cannot lock, demote or remove their own account, so the catalogue always keeps one.
/// </summary>
[Authorize(Roles = CatalogueRoles.Administrator)]
[Route("admin/curators")]
public sealed class CuratorsController(
    CatalogueDbContext db,
    CuratorManager curators,
    TimeProvider clock,
    ILogger<CuratorsController> logger) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var administrators = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == CatalogueRoles.Administrator));
        var editors = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == CatalogueRoles.Curator));
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.NormalizedEmail)
            .Select(u => new CuratorRow
            {
                Id = u.Id,
                Email = u.Email ?? u.UserName ?? u.Id,
                IsAdministrator = administrators.Any(ur => ur.UserId == u.Id),
                IsCurator = editors.Any(ur => ur.UserId == u.Id),
                TwoFactorEnabled = u.TwoFactorEnabled,
                LockoutEnd = u.LockoutEnd,
                CreatedAt = u.CreatedAt,
            })
            .ToListAsync(cancellationToken);
        ViewData["Now"] = clock.GetUtcNow();
        return View(new CuratorsPage { Curators = rows, CurrentId = curators.GetUserId(User) ?? "" });
    }

    [HttpGet("add")]
    public IActionResult Add() => View(new AddCuratorInput());

    [HttpPost("add")]
    public async Task<IActionResult> Add(AddCuratorInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        if (await curators.FindByEmailAsync(input.Email) is not null)
        {
            ModelState.AddModelError(nameof(input.Email), Text["An account with this email already exists."]);
            return View(input);
        }

        var result = await curators.CreateCuratorAsync(input.Email, input.Password, input.IsAdministrator, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code is "CommonPassword" or "RepetitivePassword"
                    ? nameof(input.Password)
                    : string.Empty;
                ModelState.AddModelError(field, error.Description);
            }

            return View(input);
        }

        Done(
            input.IsAdministrator ? "added an administrator:" : "added a curator:",
            input.IsAdministrator ? Text["{0} can now sign in as an administrator.", input.Email] : Text["{0} can now sign in as a curator.", input.Email],
            input.Email);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Locks until unlocked, and ends the account's sessions at once.</summary>
    [HttpPost("{id}/lock")]
    public Task<IActionResult> Lock(string id) => OnOtherAccountAsync(
        id, Text["You cannot lock your own account: ask another administrator."], "locked", email => Text["{0} is locked until an administrator unlocks it.", email], async curator =>
    {
        await curators.SetLockoutEnabledAsync(curator, true);
        await curators.SetLockoutEndDateAsync(curator, DateTimeOffset.MaxValue);
        await curators.UpdateSecurityStampAsync(curator);
    });

    [HttpPost("{id}/unlock")]
    public Task<IActionResult> Unlock(string id) => OnOtherAccountAsync(
        id, Text["You cannot unlock your own account: ask another administrator."], "unlocked", email => Text["{0} is unlocked.", email], async curator =>
    {
        await curators.SetLockoutEndDateAsync(curator, null);
        await curators.ResetAccessFailedCountAsync(curator);
    });

    [HttpPost("{id}/make-administrator")]
    public Task<IActionResult> MakeAdministrator(string id) => OnOtherAccountAsync(
        id, Text["You cannot make an administrator of your own account: ask another administrator."], "made an administrator of", email => Text["{0} is now an administrator.", email], async curator =>
    {
        if (!await curators.IsInRoleAsync(curator, CatalogueRoles.Curator))
        {
            await curators.AddToRoleAsync(curator, CatalogueRoles.Curator);
        }

        if (!await curators.IsInRoleAsync(curator, CatalogueRoles.Administrator))
        {
            await curators.AddToRoleAsync(curator, CatalogueRoles.Administrator);
        }

    });

    [HttpPost("{id}/remove-administrator")]
    public Task<IActionResult> RemoveAdministrator(string id) => OnOtherAccountAsync(
        id, Text["You cannot take the administrator role from your own account: ask another administrator."], "took the administrator role from", email => Text["{0} is no longer an administrator.", email], async curator =>
    {
        if (await curators.IsInRoleAsync(curator, CatalogueRoles.Administrator))
        {
            await curators.RemoveFromRoleAsync(curator, CatalogueRoles.Administrator);
        }

    });

    [HttpPost("{id}/remove")]
    public Task<IActionResult> Remove(string id) => OnOtherAccountAsync(
        id, Text["You cannot remove your own account: ask another administrator."], "removed", email => Text["{0} has been removed.", email], async curator =>
    {
        await curators.DeleteAsync(curator);
    });

    /// <summary>
    /// Applies a change to another account. Roles are read afresh on every request (the security stamp check rebuilds
    /// the signed-in identity), so a change takes effect on that account's next request.
    /// </summary>
    /// <param name="refusal">What an administrator is told who tries it on their own account.</param>
    /// <param name="action">What the log says was done ("locked").</param>
    /// <param name="outcome">What the administrator is told was done, given the account's email.</param>
    private async Task<IActionResult> OnOtherAccountAsync(string id, string refusal, string action, Func<string, string> outcome, Func<Curator, Task> change)
    {
        var curator = await curators.FindByIdAsync(id);
        if (curator is null)
        {
            return NotFound();
        }

        if (curator.Id == curators.GetUserId(User))
        {
            TempData[AccountController.StatusMessage] = refusal;
            return RedirectToAction(nameof(Index));
        }

        await change(curator);
        Done(action, outcome(curator.Email!), curator.Email!);
        return RedirectToAction(nameof(Index));
    }

    private void Done(string action, string message, string email)
    {
        logger.CuratorManaged(User.Identity?.Name ?? "?", action, email);
        TempData[AccountController.StatusMessage] = message;
    }
}
