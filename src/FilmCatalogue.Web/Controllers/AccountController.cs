using System.Text;
using System.Text.Encodings.Web;
using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using FilmCatalogue.Web.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using QRCoder;

namespace FilmCatalogue.Web.Controllers;

/// <summary>
/// Signing in and out, and each account's own settings: password and two-factor sign-in. Everything here but the
/// sign-in steps needs a signed-in account of any role; the admin area's policy is on the area.
/// </summary>
[Authorize]
[Route("account")]
public sealed class AccountController(
    CuratorSignInManager signIn,
    CuratorManager curators,
    IOptionsMonitor<AccountOptions> options,
    IConfiguration configuration,
    IStringLocalizer<InterfaceText> text,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>The TempData key of the one-line report shown after a redirect.</summary>
    internal const string StatusMessage = "StatusMessage";

    private const int RecoveryCodeCount = 10;
    private const string DefaultReturnUrl = "/admin";

    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await signIn.PasswordSignInAsync(input.Email, input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.SignedIn(input.Email);
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            logger.SecondFactorRequired(input.Email);
            return RedirectToAction(nameof(LoginWithTwoFactor), new { returnUrl = input.ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            logger.LockedOut(input.Email);
            ModelState.AddModelError(string.Empty, text["This account is locked after too many failed attempts. Try again in 15 minutes."]);
        }
        else
        {
            logger.SignInFailed(input.Email);
            ModelState.AddModelError(string.Empty, text["The email or password is not right."]);
        }

        return View(input);
    }

    [AllowAnonymous]
    [HttpGet("login-with-2fa")]
    public async Task<IActionResult> LoginWithTwoFactor(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl });
        }

        return View(new TwoFactorCodeInput { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("login-with-2fa")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> LoginWithTwoFactor(TwoFactorCodeInput input)
    {
        var curator = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (curator is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = input.ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(WithoutSeparators(input.Code), isPersistent: false, rememberClient: false);
        return SecondStepOutcome(result, curator, input.ReturnUrl, nameof(TwoFactorCodeInput.Code), text["That code is not right, or has expired."])
            ?? (IActionResult)View(input);
    }

    [AllowAnonymous]
    [HttpGet("login-with-recovery-code")]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl });
        }

        return View(new RecoveryCodeInput { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("login-with-recovery-code")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> LoginWithRecoveryCode(RecoveryCodeInput input)
    {
        var curator = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (curator is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = input.ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            var left = await curators.CountRecoveryCodesAsync(curator);
            logger.SignedInWithRecoveryCode(curator.Email!, left);
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }

        return SecondStepOutcome(result, curator, input.ReturnUrl, nameof(RecoveryCodeInput.RecoveryCode), text["That recovery code is not right, or was used already."])
            ?? (IActionResult)View(input);
    }

    /// <summary>
    /// Signing out also changes the account's security stamp, so that this cookie, and any copy of it, is refused
    /// from now on, not only forgotten by this browser.
    /// </summary>
    [AllowAnonymous]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        if (await curators.GetUserAsync(User) is { } curator)
        {
            await curators.UpdateSecurityStampAsync(curator);
            logger.SignedOut(curator.Email!);
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }

    [AllowAnonymous]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var curator = await CurrentCuratorAsync();
        var result = await curators.ChangePasswordAsync(curator, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(input.CurrentPassword) : nameof(input.NewPassword);
                ModelState.AddModelError(field, error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? text["The current password is not right."] : error.Description);
            }

            return View(input);
        }

        // The new security stamp has made every cookie of this account stale, this one too: issue a fresh one here.
        await signIn.RefreshSignInAsync(curator);
        logger.PasswordChanged(curator.Email!);
        TempData[StatusMessage] = text["Your password has been changed. Other browsers signed in to this account have been signed out."].Value;
        return RedirectToAction(nameof(ChangePassword));
    }

    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor()
    {
        var curator = await CurrentCuratorAsync();
        return View(new TwoFactorPage
        {
            IsEnabled = await curators.GetTwoFactorEnabledAsync(curator),
            IsRequired = options.CurrentValue.RequireTwoFactor,
            RecoveryCodesLeft = await curators.CountRecoveryCodesAsync(curator),
        });
    }

    [HttpGet("two-factor/enable")]
    public async Task<IActionResult> EnableAuthenticator(string? returnUrl, bool required = false)
    {
        var curator = await CurrentCuratorAsync();
        if (await curators.GetTwoFactorEnabledAsync(curator))
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        return View(await AuthenticatorPageAsync(curator, new TwoFactorCodeInput { ReturnUrl = returnUrl }, required));
    }

    [HttpPost("two-factor/enable")]
    public async Task<IActionResult> EnableAuthenticator(TwoFactorCodeInput input)
    {
        var curator = await CurrentCuratorAsync();
        if (await curators.GetTwoFactorEnabledAsync(curator))
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        var valid = ModelState.IsValid && await curators.VerifyTwoFactorTokenAsync(
            curator, curators.Options.Tokens.AuthenticatorTokenProvider, WithoutSeparators(input.Code));
        if (!valid)
        {
            ModelState.AddModelError($"{nameof(EnableAuthenticatorPage.Input)}.{nameof(input.Code)}", text["That code is not right. Check the time on your phone, and type the code it shows now."]);
            return View(await AuthenticatorPageAsync(curator, input, options.CurrentValue.RequireTwoFactor));
        }

        await curators.SetTwoFactorEnabledAsync(curator, true);
        await signIn.RefreshSignInAsync(curator);
        logger.TwoFactorChanged(curator.Email!, "on");
        return await RecoveryCodesAsync(curator, SafeReturnUrl(input.ReturnUrl, Url.Action(nameof(TwoFactor))!));
    }

    /// <summary>Turns two-factor sign-in off and forgets the authenticator: turning it on again needs a new scan.</summary>
    [HttpPost("two-factor/disable")]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var curator = await CurrentCuratorAsync();
        await curators.SetTwoFactorEnabledAsync(curator, false);
        await curators.ResetAuthenticatorKeyAsync(curator);
        await signIn.RefreshSignInAsync(curator);
        logger.TwoFactorChanged(curator.Email!, "off");
        TempData[StatusMessage] = text["Two-factor sign-in is off. Your authenticator app’s entry for this site no longer works."].Value;
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> RegenerateRecoveryCodes()
    {
        var curator = await CurrentCuratorAsync();
        if (!await curators.GetTwoFactorEnabledAsync(curator))
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        logger.RecoveryCodesRegenerated(curator.Email!);
        return await RecoveryCodesAsync(curator, Url.Action(nameof(TwoFactor))!);
    }

    /// <summary>
    /// The set-up QR code as an SVG image from this site, so that a Content-Security-Policy can keep
    /// <c>img-src 'self'</c>. It carries the shared key: never stored by caches.
    /// </summary>
    [HttpGet("two-factor/qr-code")]
    public async Task<IActionResult> AuthenticatorQrCode()
    {
        var curator = await CurrentCuratorAsync();
        var key = await curators.GetAuthenticatorKeyAsync(curator);
        if (string.IsNullOrEmpty(key) || await curators.GetTwoFactorEnabledAsync(curator))
        {
            return NotFound();
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri(curator.Email!, key), QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(6, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        Response.Headers.CacheControl = "no-store";
        return Content(svg, "image/svg+xml", Encoding.UTF8);
    }

    private async Task<Curator> CurrentCuratorAsync() =>
        await curators.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in request has no account: the security stamp check should have refused it.");

    private async Task<EnableAuthenticatorPage> AuthenticatorPageAsync(Curator curator, TwoFactorCodeInput input, bool required)
    {
        var key = await curators.GetAuthenticatorKeyAsync(curator);
        if (string.IsNullOrEmpty(key))
        {
            // A new key changes the security stamp, which would make this very cookie stale.
            await curators.ResetAuthenticatorKeyAsync(curator);
            await signIn.RefreshSignInAsync(curator);
            key = await curators.GetAuthenticatorKeyAsync(curator);
        }

        return new EnableAuthenticatorPage { SharedKey = InGroupsOfFour(key!), Input = input, IsRequired = required };
    }

    /// <summary>Shows new recovery codes once, in this response only: they are not kept anywhere the browser could show them again.</summary>
    private async Task<IActionResult> RecoveryCodesAsync(Curator curator, string continueUrl)
    {
        var codes = await curators.GenerateNewTwoFactorRecoveryCodesAsync(curator, RecoveryCodeCount);
        Response.Headers.CacheControl = "no-store";
        return View("RecoveryCodes", new RecoveryCodesPage { Codes = [.. codes ?? []], ContinueUrl = continueUrl });
    }

    private LocalRedirectResult? SecondStepOutcome(Microsoft.AspNetCore.Identity.SignInResult result, Curator curator, string? returnUrl, string field, string wrongMessage)
    {
        if (result.Succeeded)
        {
            logger.SignedIn(curator.Email!);
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        if (result.IsLockedOut)
        {
            logger.LockedOut(curator.Email!);
            ModelState.AddModelError(string.Empty, text["This account is locked after too many failed attempts. Try again in 15 minutes."]);
        }
        else
        {
            logger.SignInFailed(curator.Email!);
            ModelState.AddModelError(field, wrongMessage);
        }

        return null;
    }

    private string SafeReturnUrl(string? returnUrl, string fallback = DefaultReturnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : fallback;

    private string AuthenticatorUri(string email, string key)
    {
        var issuer = UrlEncoder.Default.Encode(configuration["Catalogue:SiteName"] ?? "FilmCatalogue");
        return $"otpauth://totp/{issuer}:{UrlEncoder.Default.Encode(email)}?secret={key}&issuer={issuer}&digits=6";
    }

    private static string WithoutSeparators(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private static string InGroupsOfFour(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
}
