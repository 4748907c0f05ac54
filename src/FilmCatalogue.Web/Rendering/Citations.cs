using System.Globalization;
using System.Text;
using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Web.Rendering;

/// <summary>A bibliography entry as reference managers import it.</summary>
/// <param name="Key">The BibTeX key: unique in the catalogue and stable ("the-siege-2005-3").</param>
/// <param name="Author">As the record writes it, family name in capitals ("Polina BARSKOVA").</param>
public sealed record Citation(string Key, string Title, string? Author, string? Publication, int? Year);

/// <summary>
/// BibTeX for biblatex/biber and classic BibTeX alike. Text stays Unicode (biber reads UTF-8, as does BibTeX under
/// inputenc); only the characters TeX gives a meaning to are escaped.
/// </summary>
public static class BibTeX
{
    public const string MediaType = "application/x-bibtex";

    public static string Write(IEnumerable<Citation> citations) => string.Join("\n", citations.Select(Entry));

    public static string Entry(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var entry = new StringBuilder();
        entry.Append('@').Append(citation.Publication is null ? "misc" : "article").Append('{').Append(citation.Key).Append(",\n");
        if (citation.Author is { } author)
        {
            entry.Append("  author = {").Append(Name(author)).Append("},\n");
        }

        // Double braces keep the title as written: classic styles lower-case article titles, which would spoil
        // proper names and titles in other languages than English.
        entry.Append("  title = {{").Append(Escape(citation.Title)).Append("}},\n");
        if (citation.Publication is { } publication)
        {
            entry.Append("  journal = {").Append(Escape(publication)).Append("},\n");
        }

        if (citation.Year is { } year)
        {
            entry.Append("  year = {").Append(year.ToString(CultureInfo.InvariantCulture)).Append("},\n");
        }

        return entry.Append("}\n").ToString();
    }

    /// <summary>
    /// "Carlos SOLANO" → "Solano, Carlos": family name first, so that no style has to guess where it starts. A name
    /// without a family name in capitals is not written in the person convention (a journal's editors, a
    /// collective): it is braced whole, to be printed as written.
    /// </summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return CitationNames.Split(name) is var (family, given)
            ? given.Length == 0 ? Escape(family) : $"{Escape(family)}, {Escape(given)}"
            : $"{{{Escape(name)}}}";
    }

    /// <summary>
    /// Escapes TeX's special characters. Braces become \textbraceleft{} and \textbraceright{} rather than \{ and \}:
    /// BibTeX counts braces even after a backslash, so a lone escaped brace would still unbalance the field.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '\\' => @"\textbackslash{}",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '%' or '&' or '$' or '#' or '_' => $@"\{c}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}

/// <summary>RIS, the tagged format of EndNote, Zotero and Mendeley: "TY  - " lines, CRLF, each record closed by "ER  - ".</summary>
public static class Ris
{
    public const string MediaType = "application/x-research-info-systems";

    public static string Write(IEnumerable<Citation> citations) => string.Join("\r\n", citations.Select(Entry));

    public static string Entry(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var entry = new StringBuilder();
        void Tag(string tag, string? value)
        {
            if (value is not null)
            {
                entry.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");
            }
        }

        Tag("TY", citation.Publication is null ? "GEN" : "JOUR");
        Tag("TI", citation.Title);
        Tag("AU", citation.Author is null ? null : Name(citation.Author));
        Tag("T2", citation.Publication);
        Tag("PY", citation.Year?.ToString(CultureInfo.InvariantCulture));
        Tag("ER", "");
        return entry.ToString();
    }

    /// <summary>"Carlos SOLANO" → "Solano, Carlos"; a name not in the person convention stays as written.</summary>
    public static string Name(string name) =>
        CitationNames.Split(name) is var (family, given) ? given.Length == 0 ? family : $"{family}, {given}" : name;

    /// <summary>A tag's value ends at the line's end: line breaks inside it would start a line RIS cannot read.</summary>
    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

internal static class CitationNames
{
    /// <summary>The family name (capitals softened) and given names, or null when no word is in capitals.</summary>
    public static (string Family, string Given)? Split(string name)
    {
        var family = PersonNameParts.FamilyName(name);
        var filed = family.Count(char.IsLetter) > 1 && family.Where(char.IsLetter).All(char.IsUpper);
        return filed ? (PersonNameParts.Display(family), PersonNameParts.GivenNames(name)) : null;
    }
}
