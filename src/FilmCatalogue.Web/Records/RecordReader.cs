using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace FilmCatalogue.Web.Records;

/// <summary>
/// Reads one plain-text film record (docs/record-format.md) into a <see cref="FilmRecord"/>.
/// Never throws for a string or byte input: every problem becomes a diagnostic.
/// </summary>
/// <remarks>
/// Tolerant versus rejected input. A record is rejected only when storing it would store something
/// wrong or half of it: no main title, content that is not text (invalid UTF-8, NUL or other control
/// characters), or a line inside the credits block that is not "Label : value" (the reader cannot tell
/// which role or which part of the record it belongs to). Everything else is read as far as it goes
/// and reported as a warning, because the missing piece is optional in the model and the rest of the
/// line is still worth keeping: a facts-line year that is not 4 digits (year left empty), a selection,
/// award or bibliography line without a parsable ", Year" (year left empty), a credit that names nobody
/// (skipped), an award whose event cannot be told from its category (kept whole as the event), an
/// unknown heading (kept as a note).
/// </remarks>
public static class RecordReader
{
    public static RecordReadResult Read(string text, string sourceName, IReadOnlyCollection<string>? knownEvents = null)
    {
        var source = sourceName ?? "";
        if (FindNonText(text ?? "") is { } problem)
        {
            return Rejected(source, problem.Line, problem.Message);
        }

        return new Parser(text ?? "", source, knownEvents ?? []).Parse();
    }

    public static RecordReadResult Read(ReadOnlySpan<byte> utf8, string sourceName, IReadOnlyCollection<string>? knownEvents = null)
    {
        var source = sourceName ?? "";
        return Decode(utf8, source, out var text) ?? Read(text, source, knownEvents);
    }

    /// <summary>
    /// The events a record's festival selections name, as <see cref="Read(ReadOnlySpan{byte}, string, IReadOnlyCollection{string}?)"/>
    /// reads them (none when it would reject the record), without reading the credits: what tells the awards of a batch's
    /// other records from their categories, read for every record before any is stored.
    /// </summary>
    public static IReadOnlyList<string> SelectedEvents(ReadOnlySpan<byte> utf8) =>
        Decode(utf8, "", out var text) is null && FindNonText(text) is null ? new Parser(text, "", [], selectionsOnly: true).SelectedEvents() : [];

    /// <summary>The UTF-8 content as text (a byte-order mark dropped), or the rejection when it is not UTF-8.</summary>
    private static RecordReadResult? Decode(ReadOnlySpan<byte> utf8, string source, out string text)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8.StartsWith(bom))
        {
            utf8 = utf8[bom.Length..];
        }

        if (!Utf8.IsValid(utf8))
        {
            text = "";
            var offset = FirstInvalidUtf8Offset(utf8);
            return Rejected(
                source,
                LineOfByte(utf8, offset),
                $"expected UTF-8 text, found the byte 0x{utf8[offset]:X2} that is not UTF-8 (byte offset {offset.ToString(CultureInfo.InvariantCulture)})");
        }

        text = Encoding.UTF8.GetString(utf8);
        return null;
    }

    private static RecordReadResult Rejected(string source, int line, string message) =>
        new(null, [new RecordDiagnostic(DiagnosticSeverity.Error, source, line, message)]);

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(0, utf8.Length - 1);
    }

    // Counts line ends the way the reader splits lines (LF, CRLF, lone CR), so the number matches the text's.
    private static int LineOfByte(ReadOnlySpan<byte> utf8, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (utf8[i] == '\n' || (utf8[i] == '\r' && (i + 1 >= utf8.Length || utf8[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    // Control characters (other than the whitespace ones) and broken surrogate pairs mean the content
    // is binary or was decoded with the wrong encoding: storing it would store garbage.
    private static (int Line, string Message)? FindNonText(string text)
    {
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return (line, $"expected text, found a broken UTF-16 surrogate U+{(int)c:X4}");
            }
            else if (char.IsControl(c) && !char.IsWhiteSpace(c))
            {
                return (line, c == '\0'
                    ? "expected text, found a NUL byte (binary content)"
                    : $"expected text, found the control character U+{(int)c:X4}");
            }
        }

        return null;
    }

    private readonly record struct Line(int Number, string Text)
    {
        public bool IsBlank => Text.Length == 0;
    }

    private enum Heading
    {
        None,
        Awards,
        Dvd,
        Synopsis,
        Bibliography,
        Selections,
        Media,
    }

    private sealed class Parser
    {
        private readonly string source;
        private readonly List<Line> lines;
        private readonly IReadOnlyCollection<string> knownEvents;
        private readonly bool selectionsOnly;
        private readonly List<RecordDiagnostic> diagnostics = [];
        private int index;

        private readonly List<string> countries = [];
        private int? year;
        private int? duration;
        private string? colour;
        private readonly List<string> genres = [];
        private string? mainTitle;
        private readonly List<string> alternativeTitles = [];
        private readonly List<CreditRecord> credits = [];
        private readonly List<Line> awardLines = [];
        private readonly List<EditionRecord> editions = [];
        private readonly List<string> synopsisParagraphs = [];
        private string? synopsisSource;
        private readonly List<BibliographyRecord> bibliography = [];
        private readonly List<SelectionRecord> selections = [];
        private readonly List<MediaRecord> media = [];
        private readonly List<NoteRecord> notes = [];

        public Parser(string text, string source, IReadOnlyCollection<string> knownEvents, bool selectionsOnly = false)
        {
            this.source = source;
            this.knownEvents = knownEvents;
            this.selectionsOnly = selectionsOnly;
            lines = SplitLines(text.StartsWith('\uFEFF') ? text[1..] : text);
        }

        private bool AtEnd => index >= lines.Count;

        private Line Current => lines[index];

        public RecordReadResult Parse()
        {
            ParseHeader();
            if (mainTitle is null)
            {
                var (lineNumber, found) = AtEnd
                    ? (Math.Max(1, lines.Count), "the end of the file")
                    : (Current.Number, Quote(Current.Text));
                Error(lineNumber, lines.Count == 0 ? "expected a film record with a main title, found an empty file"
                    : lines.All(l => l.IsBlank) ? "expected a film record with a main title, found only blank lines"
                    : $"expected the film's main title in the header (after the facts and format lines), found {found}");
                return new RecordReadResult(null, diagnostics);
            }

            ParseBlocks();
            var awards = ResolveAwards();
            // Awards are checked last, so their warnings are put back in line order.
            var ordered = diagnostics.OrderBy(d => d.Line).ToList();
            if (ordered.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return new RecordReadResult(null, ordered);
            }

            var record = new FilmRecord
            {
                Countries = countries,
                Year = year,
                DurationMinutes = duration,
                Colour = colour,
                Genres = genres,
                MainTitle = mainTitle,
                AlternativeTitles = alternativeTitles,
                Credits = credits,
                Awards = awards,
                Editions = editions,
                Synopsis = synopsisParagraphs.Count == 0 ? null : string.Join("\n\n", synopsisParagraphs),
                SynopsisSource = synopsisSource,
                Bibliography = bibliography,
                Selections = selections,
                Media = media,
                Notes = notes,
            };
            return new RecordReadResult(record, ordered);
        }

        /// <summary>The events of the record's selections; none when the record is rejected.</summary>
        public IReadOnlyList<string> SelectedEvents()
        {
            ParseHeader();
            if (mainTitle is null)
            {
                return [];
            }

            ParseBlocks();
            return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? [] : [.. selections.Select(s => s.Event)];
        }

        private static List<Line> SplitLines(string text)
        {
            var result = new List<Line>(text.AsSpan().Count('\n') + 1);
            var start = 0;
            var number = 1;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is not ('\n' or '\r'))
                {
                    continue;
                }

                result.Add(new Line(number++, RecordSyntax.Normalise(text.AsSpan(start, i - start))));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }

            if (start < text.Length)
            {
                result.Add(new Line(number, RecordSyntax.Normalise(text.AsSpan(start))));
            }

            return result;
        }

        // The header runs to the first credit line or known heading; blank lines inside it are layout.
        // Facts and format lines are only looked for before the main title, so a title such as "2046"
        // after a facts line stays a title.
        private void ParseHeader()
        {
            var factsSeen = false;
            var formatSeen = false;
            var afterBlank = false;
            for (; !AtEnd; index++)
            {
                var line = Current;
                if (line.IsBlank)
                {
                    afterBlank = true;
                    continue;
                }

                // A "DVD…" line opens an edition here as it would after the credits, once the title is
                // known and a blank line stands before it; otherwise it could be an alternative title.
                var atBlockStart = afterBlank && mainTitle is not null;
                afterBlank = false;
                if (HeadingAt(index, atBlockStart) != Heading.None || IsCreditLine(line.Text, beforeTitle: mainTitle is null))
                {
                    return;
                }

                if (mainTitle is null && !factsSeen && TryReadFacts(line))
                {
                    factsSeen = true;
                }
                else if (mainTitle is null && !formatSeen && TryReadFormat(line.Text))
                {
                    formatSeen = true;
                }
                else if (RecordSyntax.IsRatingLine(line.Text))
                {
                    // Presentation only: the doc says the marks are not data.
                }
                else if (mainTitle is null)
                {
                    mainTitle = line.Text;
                }
                else
                {
                    alternativeTitles.AddRange(SplitTitles(line.Text));
                }
            }
        }

        private static IEnumerable<string> SplitTitles(string line) =>
            line.Split(" - ").Select(t => t.Trim()).Where(t => t.Length > 0);

        // A facts line is told by a year or a duration. A bare number of another length is taken as a
        // mistyped year: the line is clearly the facts line, so the year is left empty with a warning
        // rather than the whole line becoming the film's title.
        private bool TryReadFacts(Line line)
        {
            var items = line.Text.Split(',').Select(i => i.Trim()).ToList();
            if (!items.Any(i => RecordSyntax.IsNumber(i) || RecordSyntax.TryParseDuration(i, out _)))
            {
                return false;
            }

            foreach (var item in items)
            {
                if (RecordSyntax.TryParseDuration(item, out var minutes))
                {
                    if (duration is null)
                    {
                        duration = minutes;
                    }
                    else
                    {
                        Warning(line.Number, $"the facts line holds a second duration {Quote(item)}: ignored");
                    }
                }
                else if (RecordSyntax.IsYear(item))
                {
                    if (year is null)
                    {
                        year = RecordSyntax.ParseYear(item);
                    }
                    else
                    {
                        Warning(line.Number, $"the facts line holds a second year {Quote(item)}: ignored");
                    }
                }
                else if (RecordSyntax.IsNumber(item))
                {
                    Warning(line.Number, $"expected a 4-digit year in the facts line, found {Quote(item)}: the year is left empty");
                }
                else
                {
                    countries.AddRange(SplitTitles(item));
                }
            }

            return true;
        }

        private bool TryReadFormat(string text)
        {
            var items = text.Split(',').Select(i => i.Trim()).ToList();
            if (!RecordSyntax.IsColourTerm(items[0]))
            {
                return false;
            }

            colour = items[0];
            genres.AddRange(items.Skip(1).Where(g => g.Length > 0));
            return true;
        }

        // Before the main title only a known role opens the credits, so that a title with a colon
        // ("Moscow : two faces") stays a title; after it, any "Label : value" is a credit (the doc:
        // any label is a role). A line with nothing after the colon is a heading, not a credit.
        private static bool IsCreditLine(string text, bool beforeTitle)
        {
            if (!RecordSyntax.TrySplitLabel(text, out var label, out var value) || value.Length == 0)
            {
                return false;
            }

            return RecordSyntax.IsKnownRole(label)
                || (!beforeTitle && text.Contains(" : ", StringComparison.Ordinal));
        }

        // The headings without their colons, as a line is compared with them: every line of a record is.
        private static readonly (string Name, Heading Heading)[] Headings =
        [
            (RecordSyntax.StripTrailingColon(RecordSyntax.AwardsHeading), Heading.Awards),
            (RecordSyntax.StripTrailingColon(RecordSyntax.SynopsisHeading), Heading.Synopsis),
            (RecordSyntax.StripTrailingColon(RecordSyntax.BibliographyHeading), Heading.Bibliography),
            (RecordSyntax.StripTrailingColon(RecordSyntax.SelectionsHeading), Heading.Selections),
            (RecordSyntax.StripTrailingColon(RecordSyntax.MediaHeading), Heading.Media),
        ];

        private Heading HeadingAt(int at, bool atBlockStart)
        {
            var text = lines[at].Text;
            var name = RecordSyntax.StripTrailingColon(text);
            foreach (var (heading, kind) in Headings)
            {
                if (name.Equals(heading, StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }
            }

            // "DVD…" is only a prefix, so in the middle of a block (a synopsis paragraph or a
            // bibliography entry may start with "DVD") it opens an edition only when its
            // "Editor :" line follows.
            var isDvd = text.StartsWith("DVD", StringComparison.OrdinalIgnoreCase)
                && (text.Length == 3 || !char.IsLetter(text[3]));
            return isDvd && (atBlockStart || IsEditorLine(at + 1)) ? Heading.Dvd : Heading.None;
        }

        private bool IsEditorLine(int at) =>
            at < lines.Count
            && RecordSyntax.TrySplitLabel(lines[at].Text, out var label, out _)
            && (label.Equals(RecordSyntax.EditorLabel, StringComparison.OrdinalIgnoreCase)
                || label.Equals("Éditeur", StringComparison.OrdinalIgnoreCase)
                || label.Equals("Publisher", StringComparison.OrdinalIgnoreCase));

        // Each block ends at a blank line or at the next known heading (the synopsis: at its Source
        // line or the next known heading), so every loop below stops at either.
        private bool AtBlockEnd => AtEnd || Current.IsBlank || HeadingAt(index, atBlockStart: false) != Heading.None;

        private void ParseBlocks()
        {
            var sectionsStarted = false;
            while (!AtEnd)
            {
                if (Current.IsBlank)
                {
                    index++;
                    continue;
                }

                var heading = HeadingAt(index, atBlockStart: true);
                if (heading == Heading.None && !sectionsStarted && IsCreditLine(Current.Text, beforeTitle: false))
                {
                    // Credits split by a blank line before any section are still credits.
                    ParseCredits();
                    continue;
                }

                sectionsStarted = true;
                switch (heading)
                {
                    case Heading.Awards:
                        index++;
                        for (; !AtBlockEnd; index++)
                        {
                            awardLines.Add(Current);
                        }

                        break;
                    case Heading.Dvd:
                        ParseEdition();
                        break;
                    case Heading.Synopsis:
                        ParseSynopsis();
                        break;
                    case Heading.Bibliography:
                        index++;
                        for (; !AtBlockEnd; index++)
                        {
                            ParseBibliographyEntry(Current);
                        }

                        break;
                    case Heading.Selections:
                        index++;
                        for (; !AtBlockEnd; index++)
                        {
                            ParseSelection(Current);
                        }

                        break;
                    case Heading.Media:
                        index++;
                        for (; !AtBlockEnd; index++)
                        {
                            ParseMedia(Current);
                        }

                        break;
                    case Heading.None:
                    default:
                        ParseNote();
                        break;
                }
            }
        }

        private void ParseCredits()
        {
            for (; !AtBlockEnd; index++)
            {
                var line = Current;
                if (!RecordSyntax.TrySplitLabel(line.Text, out var role, out var value))
                {
                    Error(line.Number, $"expected \"Label : value\" in the credits block, found {Quote(line.Text)}");
                    continue;
                }

                if (selectionsOnly)
                {
                    continue;
                }

                var names = RecordSyntax.SplitTopLevel(value).Where(n => n.Length > 0).ToList();
                if (names.Count == 0)
                {
                    Warning(line.Number, $"the credit {Quote(role)} names nobody: skipped");
                }

                foreach (var name in names)
                {
                    credits.Add(ParseCredit(line.Number, role, name));
                }
            }
        }

        private CreditRecord ParseCredit(int lineNumber, string role, string text)
        {
            if (!RecordSyntax.TryParsePerson(text, out var name, out var original, out var character))
            {
                Warning(lineNumber, $"expected \"Name (Original) [Character]\", found {Quote(text)}: kept whole as the name");
                return new CreditRecord(role, text);
            }

            return new CreditRecord(role, name, original, character);
        }

        private void ParseEdition()
        {
            var heading = Current.Text;
            index++;
            string? publisher = null;
            int? editionYear = null;
            string? title = null;
            if (!AtEnd && IsEditorLine(index))
            {
                RecordSyntax.TrySplitLabel(Current.Text, out _, out var value);
                (publisher, editionYear, title) = ParseEditorValue(value);
                index++;
            }

            var extras = new List<string>();
            for (; !AtBlockEnd; index++)
            {
                extras.Add(Current.Text);
            }

            editions.Add(new EditionRecord(heading, publisher, editionYear, title, extras.Count == 0 ? null : string.Join("\n", extras)));
        }

        // "Publisher. Year. Titre : Title." The title is everything after "Titre :" (it may hold dots
        // and dashes); one final dot is punctuation, not part of it.
        private static (string? Publisher, int? Year, string? Title) ParseEditorValue(string value)
        {
            var head = value;
            string? title = null;
            var marker = RecordSyntax.TitleMarkerPattern().Match(value);
            if (marker.Success)
            {
                head = value[..marker.Index];
                title = RecordSyntax.NullIfEmpty(StripOneDot(value[(marker.Index + marker.Length)..].Trim()));
            }

            head = StripOneDot(head.Trim());
            int? year = null;
            if (head.Length >= 4 && RecordSyntax.IsYear(head[^4..]) && (head.Length == 4 || head[^5] is ' ' or '.'))
            {
                year = RecordSyntax.ParseYear(head[^4..]);
                head = StripOneDot(head[..^4].Trim());
            }

            return (RecordSyntax.NullIfEmpty(head.Trim()), year, title);

            static string StripOneDot(string text) => text.EndsWith('.') ? text[..^1].TrimEnd() : text;
        }

        private void ParseSynopsis()
        {
            if (synopsisParagraphs.Count > 0)
            {
                Warning(Current.Number, "a second synopsis: its paragraphs are added to the first");
            }

            index++;
            var paragraph = new List<string>();
            for (; !AtEnd; index++)
            {
                var line = Current;
                if (line.IsBlank)
                {
                    Flush();
                    continue;
                }

                if (RecordSyntax.TrySplitLabel(line.Text, out var label, out var value)
                    && label.Equals(RecordSyntax.SourceLabel, StringComparison.OrdinalIgnoreCase))
                {
                    synopsisSource = RecordSyntax.NullIfEmpty(value);
                    index++;
                    break;
                }

                if (HeadingAt(index, atBlockStart: false) != Heading.None)
                {
                    break;
                }

                paragraph.Add(line.Text);
            }

            Flush();

            void Flush()
            {
                if (paragraph.Count > 0)
                {
                    synopsisParagraphs.Add(string.Join("\n", paragraph));
                    paragraph.Clear();
                }
            }
        }

        // Read from the right: year, publication (may be empty), author; the title keeps any commas.
        private void ParseBibliographyEntry(Line line)
        {
            var items = line.Text.Split(',').ToList();
            string? author = null;
            string? publication = null;
            int? entryYear = null;
            string title;
            if (items.Count >= 4)
            {
                entryYear = ParseYearItem(line.Number, items[^1].Trim(), "bibliography entry");
                publication = RecordSyntax.NullIfEmpty(items[^2].Trim());
                author = RecordSyntax.NullIfEmpty(items[^3].Trim());
                title = string.Join(',', items.Take(items.Count - 3)).Trim();
            }
            else
            {
                Warning(line.Number, $"expected \"Title, Author NAME, Publication, Year\", found {Quote(line.Text)}: read as far as it goes");
                if (items.Count > 1 && RecordSyntax.IsYear(items[^1].Trim()))
                {
                    entryYear = RecordSyntax.ParseYear(items[^1].Trim());
                    items.RemoveAt(items.Count - 1);
                }

                title = items[0].Trim();
                author = items.Count > 1 ? RecordSyntax.NullIfEmpty(items[1].Trim()) : null;
            }

            if (title.Length == 0)
            {
                Warning(line.Number, $"the bibliography entry {Quote(line.Text)} has no title: skipped");
                return;
            }

            bibliography.Add(new BibliographyRecord(title, author, publication, entryYear));
        }

        private int? ParseYearItem(int lineNumber, string item, string what)
        {
            if (RecordSyntax.IsYear(item))
            {
                return RecordSyntax.ParseYear(item);
            }

            if (item.Length > 0)
            {
                Warning(lineNumber, $"expected a 4-digit year at the end of the {what}, found {Quote(item)}: the year is left empty");
            }

            return null;
        }

        private void ParseSelection(Line line)
        {
            // Hand-typed lists use other bullets too; the bullet is layout, not part of the event.
            var text = line.Text[0] is '-' or '–' or '—' or '•' or '*' ? line.Text[1..].Trim() : line.Text;
            var (name, city, country, selectionYear) = ParseEventTail(line.Number, text, "selection");
            if (name.Length == 0)
            {
                Warning(line.Number, $"the selection {Quote(line.Text)} names no event: skipped");
                return;
            }

            selections.Add(new SelectionRecord(name, city, country, selectionYear));
        }

        // "Prefix, City (Country), Year" read from the right; the prefix keeps any commas. A missing
        // or malformed year is a warning: the event and place are still worth keeping.
        private (string Prefix, string? City, string? Country, int? Year) ParseEventTail(int lineNumber, string text, string what)
        {
            var rest = text;
            int? tailYear = null;
            var comma = rest.LastIndexOf(',');
            var last = rest[(comma + 1)..].Trim();
            if (RecordSyntax.IsYear(last))
            {
                tailYear = RecordSyntax.ParseYear(last);
                rest = comma < 0 ? "" : rest[..comma];
            }
            else if (RecordSyntax.IsNumber(last) && comma >= 0)
            {
                Warning(lineNumber, $"expected a 4-digit year at the end of the {what}, found {Quote(last)}: the year is left empty");
                rest = rest[..comma];
            }
            else
            {
                Warning(lineNumber, $"expected \", Year\" at the end of the {what} {Quote(text)}: the year is left empty");
            }

            string? city = null;
            string? country = null;
            comma = rest.LastIndexOf(',');
            if (comma >= 0 && RecordSyntax.TryParsePlace(rest.AsSpan(comma + 1).Trim(), out city, out country))
            {
                rest = rest[..comma];
            }

            return (rest.Trim(), city, country, tailYear);
        }

        private void ParseMedia(Line line)
        {
            var bar = line.Text.IndexOf('|', StringComparison.Ordinal);
            var location = (bar < 0 ? line.Text : line.Text[..bar]).Trim();
            var caption = bar < 0 ? null : RecordSyntax.NullIfEmpty(line.Text[(bar + 1)..].Trim());
            if (location.Length == 0)
            {
                Warning(line.Number, $"the media line {Quote(line.Text)} has no file name or URL: skipped");
                return;
            }

            media.Add(new MediaRecord(location, caption));
        }

        private void ParseNote()
        {
            var heading = Current;
            index++;
            var text = new List<string>();
            for (; !AtBlockEnd; index++)
            {
                text.Add(Current.Text);
            }

            var name = RecordSyntax.StripTrailingColon(heading.Text);
            Warning(heading.Number, $"unknown heading {Quote(name)}: its section is kept as a note");
            notes.Add(new NoteRecord(name, string.Join("\n", text)));
        }

        // Awards are resolved last because the festival list that tells event from category may
        // come after them in the record.
        private List<AwardRecord> ResolveAwards()
        {
            if (awardLines.Count == 0)
            {
                return [];
            }

            // The record's own events, and the catalogue's (indexed once per collection, not once per record: a bulk
            // import reads thousands of records against the same few hundred festivals).
            var ownEvents = EventNames.Of(selections.Select(s => s.Event));
            var catalogueEvents = EventNames.For(knownEvents);
            var awards = new List<AwardRecord>();
            foreach (var line in awardLines)
            {
                var (prefix, city, country, awardYear) = ParseEventTail(line.Number, line.Text, "award");
                if (prefix.Length == 0)
                {
                    Warning(line.Number, $"the award {Quote(line.Text)} names no event: skipped");
                    continue;
                }

                // The longest event wins, so "Film Festival of X" wins over "Festival of X"; a match must start at a
                // word boundary so that a category never ends in half a word.
                var known = Math.Max(ownEvents.LongestEnding(prefix), catalogueEvents.LongestEnding(prefix));
                if (known == 0)
                {
                    Warning(line.Number, $"the award {Quote(prefix)} names no event known to the record or the catalogue: kept whole as the event, with no category");
                    awards.Add(new AwardRecord(null, prefix, city, country, awardYear));
                    continue;
                }

                var category = prefix[..^known].Trim();
                awards.Add(new AwardRecord(RecordSyntax.NullIfEmpty(category), prefix[^known..], city, country, awardYear));
            }

            return awards;
        }

        private static string Quote(string text) => text.Length <= 80 ? $"\"{text}\"" : $"\"{text[..77]}…\"";

        private void Error(int line, string message) =>
            diagnostics.Add(new RecordDiagnostic(DiagnosticSeverity.Error, source, line, message));

        private void Warning(int line, string message) =>
            diagnostics.Add(new RecordDiagnostic(DiagnosticSeverity.Warning, source, line, message));
    }

    /// <summary>
    /// Event names (normalised, each once whatever its case) by their last word, longest first: the longest name that
    /// ends a text at a word boundary shares the text's last word, so only those names are tried.
    /// </summary>
    private sealed class EventNames
    {
        // Keyed by the collection itself; a collection that grew or shrank since is indexed again.
        private static readonly ConditionalWeakTable<IReadOnlyCollection<string>, EventNames> Indexed = [];

        private readonly Dictionary<string, List<string>> byLastWord = new(StringComparer.OrdinalIgnoreCase);
        private readonly int count;

        private EventNames(IEnumerable<string> events, int count)
        {
            this.count = count;
            foreach (var name in events.Select(e => RecordSyntax.Normalise(e)).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var key = LastWord(name);
                if (!byLastWord.TryGetValue(key, out var names))
                {
                    byLastWord[key] = names = [];
                }

                names.Add(name);
            }

            foreach (var names in byLastWord.Values)
            {
                names.Sort((a, b) => b.Length.CompareTo(a.Length));
            }
        }

        public static EventNames Of(IEnumerable<string> events) => new(events, 0);

        public static EventNames For(IReadOnlyCollection<string> events)
        {
            if (!Indexed.TryGetValue(events, out var index) || index.count != events.Count)
            {
                index = new EventNames(events, events.Count);
                Indexed.AddOrUpdate(events, index);
            }

            return index;
        }

        /// <summary>The length of the longest name that ends <paramref name="text"/> and starts a word of it; 0 when none does.</summary>
        public int LongestEnding(string text)
        {
            if (!byLastWord.TryGetValue(LastWord(text), out var names))
            {
                return 0;
            }

            foreach (var name in names)
            {
                if (text.EndsWith(name, StringComparison.OrdinalIgnoreCase) && (text.Length == name.Length || text[text.Length - name.Length - 1] == ' '))
                {
                    return name.Length;
                }
            }

            return 0;
        }

        private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];
    }
}
