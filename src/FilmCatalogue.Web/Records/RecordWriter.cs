using System.Globalization;
using System.Text;

namespace FilmCatalogue.Web.Records;

/// <summary>
/// Writes a <see cref="FilmRecord"/> in the record format (docs/record-format.md) so that
/// <see cref="RecordReader"/> reads it back as the same record. The output is canonical: one
/// spelling for every heading and separator, so the same record always gives the same text.
/// </summary>
public static class RecordWriter
{
    public static string Write(FilmRecord record)
    {
        var text = new StringBuilder();
        Write(record, text);
        return text.ToString();
    }

    /// <summary>
    /// Appends the record's text to <paramref name="text"/>, every line ended by a line feed: what an import hashes
    /// writes into a builder it keeps, and no line is made a string of its own.
    /// </summary>
    public static void Write(FilmRecord record, StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(record);
        WriteHeader(record, text);
        WriteCredits(record.Credits, text);
        WriteAwards(record.Awards, text);
        WriteEditions(record.Editions, text);
        WriteSynopsis(record, text);
        WriteBibliography(record.Bibliography, text);
        WriteSelections(record.Selections, text);
        WriteMedia(record.Media, text);
        WriteNotes(record.Notes, text);
    }

    private static void WriteHeader(FilmRecord record, StringBuilder text)
    {
        var separator = "";
        foreach (var country in record.Countries)
        {
            text.Append(separator).Append(country);
            separator = ", ";
        }

        if (record.Year is { } year)
        {
            text.Append(separator).Append(CultureInfo.InvariantCulture, $"{year}");
            separator = ", ";
        }

        if (record.DurationMinutes is { } minutes)
        {
            text.Append(separator).Append(CultureInfo.InvariantCulture, $"{minutes}mn");
            separator = ", ";
        }

        if (separator.Length > 0)
        {
            text.Append('\n');
        }

        // The format line is recognised by its colour term: genres without one cannot be written
        // in a way that reads back (the line would become the title), so they are left out.
        if (record.Colour is not null)
        {
            text.Append(record.Colour);
            foreach (var genre in record.Genres)
            {
                text.Append(", ").Append(genre);
            }

            text.Append('\n');
        }

        text.Append(record.MainTitle).Append('\n');
        foreach (var title in record.AlternativeTitles)
        {
            text.Append(title).Append('\n');
        }
    }

    private static void WriteCredits(IReadOnlyList<CreditRecord> credits, StringBuilder text)
    {
        if (credits.Count == 0)
        {
            return;
        }

        text.Append('\n');
        for (var i = 0; i < credits.Count;)
        {
            var role = credits[i].Role;
            text.Append(role).Append(" : ");
            for (var first = i; i < credits.Count && credits[i].Role == role; i++)
            {
                if (i > first)
                {
                    text.Append(", ");
                }

                WriteCredit(credits[i], text);
            }

            text.Append('\n');
        }
    }

    private static void WriteCredit(CreditRecord credit, StringBuilder text)
    {
        text.Append(credit.Name);
        if (credit.OriginalName is not null)
        {
            text.Append(" (").Append(credit.OriginalName).Append(')');
        }

        if (credit.Character is not null)
        {
            text.Append(" [").Append(credit.Character).Append(']');
        }
    }

    private static void WriteAwards(IReadOnlyList<AwardRecord> awards, StringBuilder text)
    {
        if (awards.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(RecordSyntax.AwardsHeading).Append('\n');
        foreach (var award in awards)
        {
            if (award.Category is not null)
            {
                text.Append(award.Category).Append(' ');
            }

            text.Append(award.Event);
            WritePlaceAndYear(award.City, award.Country, award.Year, text);
        }
    }

    /// <summary>", City (Country), Year" after an event's name, each part only when known, and the line's end.</summary>
    private static void WritePlaceAndYear(string? city, string? country, int? year, StringBuilder text)
    {
        if (city is not null || country is not null)
        {
            text.Append(", ");
            RecordSyntax.WritePlace(city, country, text);
        }

        if (year is { } value)
        {
            text.Append(CultureInfo.InvariantCulture, $", {value}");
        }

        text.Append('\n');
    }

    private static void WriteEditions(IReadOnlyList<EditionRecord> editions, StringBuilder text)
    {
        foreach (var edition in editions)
        {
            text.Append('\n').Append(edition.Heading).Append('\n');
            if (edition.Publisher is not null || edition.Year is not null || edition.Title is not null)
            {
                text.Append(RecordSyntax.EditorLabel).Append(" :");
                if (edition.Publisher is not null)
                {
                    text.Append(' ').Append(edition.Publisher).Append('.');
                }

                if (edition.Year is { } year)
                {
                    text.Append(CultureInfo.InvariantCulture, $" {year}.");
                }

                if (edition.Title is not null)
                {
                    text.Append(' ').Append(RecordSyntax.TitleMarker).Append(' ').Append(edition.Title).Append('.');
                }

                text.Append('\n');
            }

            if (edition.Extras is not null)
            {
                WriteLinesNotBlank(edition.Extras, text);
            }
        }
    }

    private static void WriteSynopsis(FilmRecord record, StringBuilder text)
    {
        if (record.Synopsis is null && record.SynopsisSource is null)
        {
            return;
        }

        text.Append('\n').Append(RecordSyntax.SynopsisHeading).Append('\n');
        if (record.Synopsis is not null)
        {
            text.Append(record.Synopsis).Append('\n');
        }

        // Always written, even empty: it is what ends the synopsis, so a section after it is not read as more synopsis.
        text.Append(RecordSyntax.SourceLabel).Append(" :");
        if (record.SynopsisSource is not null)
        {
            text.Append(' ').Append(record.SynopsisSource);
        }

        text.Append('\n');
    }

    private static void WriteBibliography(IReadOnlyList<BibliographyRecord> entries, StringBuilder text)
    {
        if (entries.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(RecordSyntax.BibliographyHeading).Append('\n');
        foreach (var entry in entries)
        {
            // Every position is written, empty ones as nothing between the commas (",, 2021" as in
            // the seed), so the reader can count them from the right.
            text.Append(entry.Title).Append(',');
            Slot(entry.Author).Append(',');
            Slot(entry.Publication).Append(',');
            if (entry.Year is { } year)
            {
                text.Append(CultureInfo.InvariantCulture, $" {year}");
            }

            text.Append('\n');
        }

        StringBuilder Slot(string? value) => value is null ? text : text.Append(' ').Append(value);
    }

    private static void WriteSelections(IReadOnlyList<SelectionRecord> selections, StringBuilder text)
    {
        if (selections.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(RecordSyntax.SelectionsHeading).Append('\n');
        foreach (var selection in selections)
        {
            text.Append("- ").Append(selection.Event);
            WritePlaceAndYear(selection.City, selection.Country, selection.Year, text);
        }
    }

    private static void WriteMedia(IReadOnlyList<MediaRecord> media, StringBuilder text)
    {
        if (media.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(RecordSyntax.MediaHeading).Append('\n');
        foreach (var item in media)
        {
            text.Append(item.Location);
            if (item.Caption is not null)
            {
                text.Append(" | ").Append(item.Caption);
            }

            text.Append('\n');
        }
    }

    private static void WriteNotes(IReadOnlyList<NoteRecord> notes, StringBuilder text)
    {
        foreach (var note in notes)
        {
            text.Append('\n').Append(note.Heading).Append('\n');
            WriteLinesNotBlank(note.Text, text);
        }
    }

    /// <summary>The lines of a free-text section that are not blank: a blank line would end the section.</summary>
    private static void WriteLinesNotBlank(string lines, StringBuilder text)
    {
        foreach (var range in lines.AsSpan().Split('\n'))
        {
            if (!lines.AsSpan(range).IsWhiteSpace())
            {
                text.Append(lines.AsSpan(range)).Append('\n');
            }
        }
    }
}
