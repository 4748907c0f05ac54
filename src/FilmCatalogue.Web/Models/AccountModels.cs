using System.ComponentModel.DataAnnotations;

namespace FilmCatalogue.Web.Models;

public sealed class LoginInput
{
    [Required]
    [EmailAddress]
    public string Email { get; set; } = "";

    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorCodeInput
{
    [Required]
    [Display(Name = "Code from your authenticator app")]
    [StringLength(9, MinimumLength = 6)]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeInput
{
    [Required]
    [Display(Name = "Recovery code")]
    public string RecoveryCode { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordInput
{
    [Required]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class TwoFactorPage
{
    public bool IsEnabled { get; init; }
    public bool IsRequired { get; init; }
    public int RecoveryCodesLeft { get; init; }
}

/// <summary>The authenticator set-up page: the key to scan or type, and the form for the first code.</summary>
public sealed class EnableAuthenticatorPage
{
    /// <summary>The shared key in groups of four, as people type it.</summary>
    public string SharedKey { get; init; } = "";

    public bool IsRequired { get; init; }

    public TwoFactorCodeInput Input { get; init; } = new();
}

public sealed class RecoveryCodesPage
{
    public IReadOnlyList<string> Codes { get; init; } = [];

    public string ContinueUrl { get; init; } = "/account/two-factor";
}
