using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Web.Search;

/// <summary>
/// Where the indexes file a title or a person: the letter it is listed under and the key it sorts by. An import and a
/// curator's edit both file entries by these rules, so that an edited entry is found and sorted like an imported one.
/// </summary>
public static class Filing
{
    /// <summary>The A–Z letter of a text: the first letter or digit of its transliteration, '#' for a digit or anything else.</summary>
    public static string IndexLetter(string text)
    {
        var first = Slug.From(text)[0];
        return first is >= 'a' and <= 'z' ? char.ToUpperInvariant(first).ToString() : "#";
    }

    /// <summary>A person's name ("Sergey LOZNITSA"): the A–Z letter of the family name, and the family name then the given names as the sort key.</summary>
    public static (string Letter, string SortKey) Name(string name)
    {
        var family = PersonNameParts.FamilyName(name);
        return (IndexLetter(family), SortKey(family, name));
    }

    /// <summary>
    /// A name in its original script ("Сергей ЛОЗНИЦА"): filed under the family name's own first letter, in its own
    /// alphabet (none for a name without one), and sorted like <see cref="Name"/>.
    /// </summary>
    public static (string? Letter, string SortKey) OriginalName(string originalName)
    {
        var family = PersonNameParts.FamilyName(originalName);
        return (family.Length > 0 ? char.ToUpperInvariant(family[0]).ToString() : null, SortKey(family, originalName));
    }

    private static string SortKey(string family, string name) => TextFolding.IdentityKey($"{family} {PersonNameParts.GivenNames(name)}");
}
