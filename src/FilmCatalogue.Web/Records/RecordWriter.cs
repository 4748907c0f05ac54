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
        ArgumentNullException.ThrowIfNull(record);
        var lines = new List<string>();
        WriteHeader(record, lines);
        WriteCredits(record.Credits, lines);
        WriteAwards(record.Awards, lines);
        WriteEditions(record.Editions, lines);
        WriteSynopsis(record, lines);
        WriteBibliography(record.Bibliography, lines);
        WriteSelections(record.Selections, lines);
        WriteMedia(record.Media, lines);
        WriteNotes(record.Notes, lines);

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static void WriteHeader(FilmRecord record, List<string> lines)
    {
        var facts = new List<string>(record.Countries);
        if (record.Year is { } year)
        {
            facts.Add(RecordSyntax.Year(year));
        }

        if (record.DurationMinutes is { } minutes)
        {
            facts.Add($"{RecordSyntax.Year(minutes)}mn");
        }

        if (facts.Count > 0)
        {
            lines.Add(string.Join(", ", facts));
        }

        // The format line is recognised by its colour term: genres without one cannot be written
        // in a way that reads back (the line would become the title), so they are left out.
        if (record.Colour is not null)
        {
            lines.Add(string.Join(", ", [record.Colour, .. record.Genres]));
        }

        lines.Add(record.MainTitle);
        lines.AddRange(record.AlternativeTitles);
    }

    private static void WriteCredits(IReadOnlyList<CreditRecord> credits, List<string> lines)
    {
        if (credits.Count == 0)
        {
            return;
        }

        lines.Add("");
        for (var i = 0; i < credits.Count;)
        {
            var role = credits[i].Role;
            var names = new List<string>();
            for (; i < credits.Count && credits[i].Role == role; i++)
            {
                names.Add(FormatCredit(credits[i]));
            }

            lines.Add($"{role} : {string.Join(", ", names)}");
        }
    }

    private static string FormatCredit(CreditRecord credit)
    {
        var text = new StringBuilder(credit.Name);
        if (credit.OriginalName is not null)
        {
            text.Append(" (").Append(credit.OriginalName).Append(')');
        }

        if (credit.Character is not null)
        {
            text.Append(" [").Append(credit.Character).Append(']');
        }

        return text.ToString();
    }

    private static void WriteAwards(IReadOnlyList<AwardRecord> awards, List<string> lines)
    {
        if (awards.Count == 0)
        {
            return;
        }

        lines.Add("");
        lines.Add(RecordSyntax.AwardsHeading);
        foreach (var award in awards)
        {
            var name = award.Category is null ? award.Event : $"{award.Category} {award.Event}";
            lines.Add(WithPlaceAndYear(name, award.City, award.Country, award.Year));
        }
    }

    private static string WithPlaceAndYear(string name, string? city, string? country, int? year)
    {
        var text = new StringBuilder(name);
        if (city is not null || country is not null)
        {
            text.Append(", ").Append(RecordSyntax.FormatPlace(city, country));
        }

        if (year is { } value)
        {
            text.Append(", ").Append(RecordSyntax.Year(value));
        }

        return text.ToString();
    }

    private static void WriteEditions(IReadOnlyList<EditionRecord> editions, List<string> lines)
    {
        foreach (var edition in editions)
        {
            lines.Add("");
            lines.Add(edition.Heading);
            var editor = new StringBuilder();
            if (edition.Publisher is not null)
            {
                editor.Append(' ').Append(edition.Publisher).Append('.');
            }

            if (edition.Year is { } year)
            {
                editor.Append(' ').Append(RecordSyntax.Year(year)).Append('.');
            }

            if (edition.Title is not null)
            {
                editor.Append(' ').Append(RecordSyntax.TitleMarker).Append(' ').Append(edition.Title).Append('.');
            }

            if (editor.Length > 0)
            {
                lines.Add($"{RecordSyntax.EditorLabel} :{editor}");
            }

            if (edition.Extras is not null)
            {
                lines.AddRange(edition.Extras.Split('\n').Where(l => l.Trim().Length > 0));
            }
        }
    }

    private static void WriteSynopsis(FilmRecord record, List<string> lines)
    {
        if (record.Synopsis is null && record.SynopsisSource is null)
        {
            return;
        }

        lines.Add("");
        lines.Add(RecordSyntax.SynopsisHeading);
        if (record.Synopsis is not null)
        {
            lines.AddRange(record.Synopsis.Split('\n'));
        }

        // Always written, even empty: it is what ends the synopsis, so a section after it is not read as more synopsis.
        lines.Add(record.SynopsisSource is null ? $"{RecordSyntax.SourceLabel} :" : $"{RecordSyntax.SourceLabel} : {record.SynopsisSource}");
    }

    private static void WriteBibliography(IReadOnlyList<BibliographyRecord> entries, List<string> lines)
    {
        if (entries.Count == 0)
        {
            return;
        }

        lines.Add("");
        lines.Add(RecordSyntax.BibliographyHeading);
        foreach (var entry in entries)
        {
            // Every position is written, empty ones as nothing between the commas (",, 2021" as in
            // the seed), so the reader can count them from the right.
            lines.Add($"{entry.Title},{Slot(entry.Author)},{Slot(entry.Publication)},{Slot(entry.Year is { } y ? RecordSyntax.Year(y) : null)}");
        }

        static string Slot(string? value) => value is null ? "" : $" {value}";
    }

    private static void WriteSelections(IReadOnlyList<SelectionRecord> selections, List<string> lines)
    {
        if (selections.Count == 0)
        {
            return;
        }

        lines.Add("");
        lines.Add(RecordSyntax.SelectionsHeading);
        foreach (var selection in selections)
        {
            lines.Add($"- {WithPlaceAndYear(selection.Event, selection.City, selection.Country, selection.Year)}");
        }
    }

    private static void WriteMedia(IReadOnlyList<MediaRecord> media, List<string> lines)
    {
        if (media.Count == 0)
        {
            return;
        }

        lines.Add("");
        lines.Add(RecordSyntax.MediaHeading);
        foreach (var item in media)
        {
            lines.Add(item.Caption is null ? item.Location : $"{item.Location} | {item.Caption}");
        }
    }

    private static void WriteNotes(IReadOnlyList<NoteRecord> notes, List<string> lines)
    {
        foreach (var note in notes)
        {
            lines.Add("");
            lines.Add(note.Heading);
            lines.AddRange(note.Text.Split('\n').Where(l => l.Trim().Length > 0));
        }
    }
}
