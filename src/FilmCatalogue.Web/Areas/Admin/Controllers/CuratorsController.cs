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
            ModelState.AddModelError(nameof(input.Email), "An account with this email already exists.");
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

        var role = input.IsAdministrator ? "an administrator" : "a curator";
        Done($"added {role}:", $"{input.Email} can now sign in as {role}.", input.Email);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Locks until unlocked, and ends the account's sessions at once.</summary>
    [HttpPost("{id}/lock")]
    public Task<IActionResult> Lock(string id) => OnOtherAccountAsync(id, "lock", "locked", "is locked until an administrator unlocks it", async curator =>
    {
        await curators.SetLockoutEnabledAsync(curator, true);
        await curators.SetLockoutEndDateAsync(curator, DateTimeOffset.MaxValue);
        await curators.UpdateSecurityStampAsync(curator);
    });

    [HttpPost("{id}/unlock")]
    public Task<IActionResult> Unlock(string id) => OnOtherAccountAsync(id, "unlock", "unlocked", "is unlocked", async curator =>
    {
        await curators.SetLockoutEndDateAsync(curator, null);
        await curators.ResetAccessFailedCountAsync(curator);
    });

    [HttpPost("{id}/make-administrator")]
    public Task<IActionResult> MakeAdministrator(string id) => OnOtherAccountAsync(id, "make an administrator of", "made an administrator of", "is now an administrator", async curator =>
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
    public Task<IActionResult> RemoveAdministrator(string id) => OnOtherAccountAsync(id, "take the administrator role from", "took the administrator role from", "is no longer an administrator", async curator =>
    {
        if (await curators.IsInRoleAsync(curator, CatalogueRoles.Administrator))
        {
            await curators.RemoveFromRoleAsync(curator, CatalogueRoles.Administrator);
        }

    });

    [HttpPost("{id}/remove")]
    public Task<IActionResult> Remove(string id) => OnOtherAccountAsync(id, "remove", "removed", "has been removed", async curator =>
    {
        await curators.DeleteAsync(curator);
    });

    /// <summary>
    /// Applies a change to another account. Roles are read afresh on every request (the security stamp check rebuilds
    /// the signed-in identity), so a change takes effect on that account's next request.
    /// </summary>
    private async Task<IActionResult> OnOtherAccountAsync(string id, string verb, string action, string outcome, Func<Curator, Task> change)
    {
        var curator = await curators.FindByIdAsync(id);
        if (curator is null)
        {
            return NotFound();
        }

        if (curator.Id == curators.GetUserId(User))
        {
            TempData[AccountController.StatusMessage] = $"You cannot {verb} your own account: ask another administrator.";
            return RedirectToAction(nameof(Index));
        }

        await change(curator);
        Done(action, $"{curator.Email} {outcome}.", curator.Email!);
        return RedirectToAction(nameof(Index));
    }

    private void Done(string action, string message, string email)
    {
        logger.CuratorManaged(User.Identity?.Name ?? "?", action, email);
        TempData[AccountController.StatusMessage] = message;
    }
}
