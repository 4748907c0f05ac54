using Microsoft.AspNetCore.Identity;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// A person who signs in to the admin area. The user name is the email address. What a curator may do comes from
/// the roles in <see cref="FilmCatalogue.Web.Accounts.CatalogueRoles"/>; an account with neither role can sign in
/// but is refused the admin area.
/// </summary>
public sealed class Curator : IdentityUser
{
    public DateTime CreatedAt { get; set; }
}
