namespace FilmCatalogue.Web.Accounts;

/// <summary>The roles an account can hold, and the one policy that guards the admin area.</summary>
public static class CatalogueRoles
{
    /// <summary>Edits the catalogue.</summary>
    public const string Curator = "Curator";

    /// <summary>Edits the catalogue and manages the curators' accounts.</summary>
    public const string Administrator = "Administrator";

    /// <summary>The admin area's policy: a curator or an administrator.</summary>
    public const string CuratorPolicy = "Curator";
}
