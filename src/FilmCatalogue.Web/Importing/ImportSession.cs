using System.Globalization;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using System.Data.Common;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// One import's writer: prepared statements (prepared once, rebound per row; <see cref="ImportDialect"/> has what
/// SQLite and PostgreSQL read differently) and what the catalogue already
/// holds (people, studios, festivals, countries, genres, films and slugs), loaded once into dictionaries so a record
/// costs no lookups. Records are written in batches, one transaction a batch, in one of two ways:
/// <list type="bullet">
/// <item>by table, a batch's first try: a record's film, people, studios and festivals go in as it is stored, and the
/// rest of its rows (titles, credits, selections…) are held back, to go in table by table at the batch's end: a
/// table's rows in one run, many to a statement. A database error ends the batch, which the caller rolls back and
/// stores again record by record;</item>
/// <item>record by record: each record inside a savepoint of its own, so that one that fails rolls back alone, and
/// the dictionaries are reloaded from what the transaction still holds.</item>
/// </list>
/// </summary>
internal sealed class ImportSession : IDisposable
{
    private static readonly string[] ChildTables =
        ["FilmTitles", "FilmCountries", "FilmGenres", "Credits", "Awards", "Selections", "Bibliography", "Editions", "Media", "FilmNotes"];

    private readonly PreparedStatements statements;
    private readonly ImportDialect dialect;
    private readonly SearchIndexWriter searchIndex;

    // The batch's entries of the full-text index, written once at its end: FTS5 flushes what it holds in memory at
    // every savepoint, so entries written record by record (a savepoint each) would make a tiny index segment each.
    private readonly List<SearchEntry> indexed = [];

    // The people the batch created or gave a new name: each gets one search entry and one revision at its end, as the
    // batch leaves them, however many of its records named them.
    private readonly HashSet<int> peopleWritten = [];

    // The rows a batch written by table holds back until its end; null while a batch is written record by record.
    private TableRows? held;
    private readonly bool deferIndexes;
    private readonly ImportTimings timings;
    private Catalogue? catalogue;

    /// <param name="large">Whether the import is large enough to build some indexes after its rows when the catalogue is empty (see <see cref="DeferredIndexes"/>).</param>
    public ImportSession(DbConnection connection, bool large, ImportTimings timings)
    {
        this.timings = timings;
        statements = new PreparedStatements(connection);
        dialect = ImportDialect.For(statements);
        searchIndex = new SearchIndexWriter(statements);
        if (dialect.Start is { } start)
        {
            statements.Execute(start);
        }

        // What an import killed before its end left to build, before this one reads anything.
        DeferredIndexes.Restore(statements, timings);
        deferIndexes = large;
    }

    /// <summary>What the batch changed, for evicting cached pages.</summary>
    public ImportChanges Changes { get; } = new();

    /// <summary>The festival names the catalogue holds, for telling an award's category from its event.</summary>
    public List<string> FestivalNames()
    {
        var names = new List<string>();
        statements.Query("SELECT Name FROM Festivals", r => names.Add(r.GetString(0)));
        return names;
    }

    /// <summary>The slug of the film each already imported hash gave (null when that film was deleted since).</summary>
    public Dictionary<string, string?> ImportedHashes(IEnumerable<string> hashes)
    {
        var seen = new Dictionary<string, string?>(StringComparer.Ordinal);
        statements.Query(
            $"""
            SELECT r.ContentHash, f.Slug FROM ImportedRecords r LEFT JOIN Films f ON f.Id = r.FilmId
            WHERE r.ContentHash IN (SELECT value FROM {CatalogueDatabase.JsonArrayValues(statements.IsPostgreSql, "$hashes")})
            """,
            r => seen[r.GetString(0)] = r.IsDBNull(1) ? null : r.GetString(1),
            System.Text.Json.JsonSerializer.Serialize(hashes));
        return seen;
    }

    /// <summary>The slug of the film each file the catalogue imported gave, by the hash of the file's bytes (null when that film was deleted since).</summary>
    public Dictionary<string, string?> ImportedFiles()
    {
        var imported = new Dictionary<string, string?>(StringComparer.Ordinal);
        statements.Query(
            "SELECT r.FileHash, f.Slug FROM ImportedRecords r LEFT JOIN Films f ON f.Id = r.FilmId WHERE r.FileHash IS NOT NULL",
            r => imported[r.GetString(0)] = r.IsDBNull(1) ? null : r.GetString(1));
        return imported;
    }

    /// <summary>The open batch's transaction, for what must be written with the batch (its revisions).</summary>
    public DbTransaction? Transaction => statements.Transaction;

    /// <summary>Opens a batch's transaction; <paramref name="byTable"/> says which of the two ways it is written.</summary>
    public void BeginBatch(bool byTable)
    {
        held = byTable ? new TableRows() : null;
        statements.Transaction = statements.Connection.BeginTransaction();
        if (deferIndexes)
        {
            DeferredIndexes.DeferIfEmpty(statements);
        }

        catalogue ??= Catalogue.Load(statements);
    }

    /// <summary>
    /// Ends the batch's writing: the snapshots and search entries of the people it created or gave a new name, built
    /// once each, on every core. Their snapshots go into <see cref="Changes"/>, for the batch's revisions.
    /// </summary>
    public void EndBatch()
    {
        var people = peopleWritten.Select(id => catalogue!.PeopleById[id]).ToList();
        indexed.AddRange(people.AsParallel().AsOrdered().Select(p => SearchEntry.For(SearchKind.Person, p.Id, [p.Name, p.OriginalName, .. p.Names])));
        foreach (var person in people)
        {
            Changes.Written[(EntryKind.Person, person.Id)] = new PersonSnapshot
            {
                Slug = person.Slug, Name = person.Name, OriginalName = person.OriginalName, Spellings = [.. person.Names],
            };
        }

        peopleWritten.Clear();
    }

    /// <summary>Writes the rows the batch held back, its revisions and the full-text index of what it stored, and commits.</summary>
    public void CommitBatch(IEnumerable<Revision> revisions)
    {
        held?.Write(statements);
        foreach (var r in revisions)
        {
            statements.Run(
                """
                INSERT INTO Revisions (EntryKind, EntryId, Action, Note, EntryName, CuratorId, CuratorEmail, At, ChangesJson, Snapshot)
                VALUES ($kind, $entry, $action, $note, $name, $curator, $email, $at, $changes, $snapshot)
                """,
                r.EntryKind.ToString(), r.EntryId, r.Action.ToString(), r.Note, r.EntryName, r.CuratorId, r.CuratorEmail, r.At, r.ChangesJson, r.Snapshot);
        }

        searchIndex.Write(indexed);
        indexed.Clear();
        statements.Transaction!.Commit();
        EndTransaction();
    }

    public void RollbackBatch()
    {
        statements.Transaction?.Rollback();
        EndTransaction();
        // The dictionaries hold what the rolled-back batch created: the next batch reads the catalogue again.
        catalogue = null;
        Changes.Clear();
        indexed.Clear();
        peopleWritten.Clear();
        held = null;
    }

    /// <summary>
    /// Stores one record. In a batch written record by record it goes inside a savepoint: on a database error nothing
    /// of it stays and the error is thrown. In a batch written by table, an error is thrown as it comes.
    /// </summary>
    public (ImportStatus Status, string Slug) Store(FilmRecord record, string contentHash, string fileHash, string sourceName, string? warnings, DateTime now)
    {
        var titleKey = TextFolding.IdentityKey(record.MainTitle);
        if (held is not null)
        {
            // A film the batch wrote already is read and written again from its rows: those go in first.
            if (catalogue!.Films.TryGetValue((titleKey, record.Year), out var written) && held.Films.Contains(written.Id))
            {
                held.Write(statements);
            }

            var (store, result) = Write(record, titleKey, contentHash, fileHash, sourceName, warnings, now);
            Keep(store);
            return result;
        }

        statements.Execute("SAVEPOINT record");
        try
        {
            var (store, result) = Write(record, titleKey, contentHash, fileHash, sourceName, warnings, now);
            statements.Execute("RELEASE record");
            Keep(store);
            return result;
        }
        catch (DbException)
        {
            statements.Execute("ROLLBACK TO record; RELEASE record");
            catalogue = Catalogue.Load(statements);
            throw;
        }
    }

    private (RecordStore Store, (ImportStatus Status, string Slug) Result) Write(
        FilmRecord record, string titleKey, string contentHash, string fileHash, string sourceName, string? warnings, DateTime now)
    {
        var store = new RecordStore(statements, dialect, catalogue!, held, now);
        var result = store.Store(record, titleKey);
        store.Insert("ImportedRecords (ContentHash, FileHash, SourceName, FilmId, ImportedAt, Warnings)",
            [[contentHash, fileHash, sourceName, result.FilmId, now, warnings]]);
        return (store, (result.Status, result.Slug));
    }

    /// <summary>What a stored record leaves for its batch's end: the pages it changed, its search entries, its people.</summary>
    private void Keep(RecordStore store)
    {
        Changes.Add(store.Changes);
        indexed.AddRange(store.Indexed);
        peopleWritten.UnionWith(store.PeopleWritten);
    }

    public void Dispose()
    {
        EndTransaction();
        if (deferIndexes)
        {
            DeferredIndexes.Restore(statements, timings);
        }

        if (dialect.End is { } end)
        {
            statements.Execute(end);
        }

        statements.Dispose();
    }

    private void EndTransaction()
    {
        statements.Transaction?.Dispose();
        statements.Transaction = null;
    }

    private sealed class PersonState
    {
        public int Id { get; init; }
        public required string Slug { get; init; }
        public required string Name { get; init; }
        public string? OriginalName { get; set; }
        public List<string> Names { get; } = [];
        public HashSet<string> NameKeys { get; } = new(StringComparer.Ordinal);
    }

    private sealed record FilmState(int Id, string Slug, bool CuratorEdited);

    /// <summary>Rows held back by table, each table's in the order they came, and the films they belong to.</summary>
    private sealed class TableRows
    {
        private readonly Dictionary<string, List<object?[]>> tables = new(StringComparer.Ordinal);

        public HashSet<int> Films { get; } = [];

        public void Add(string into, List<object?[]> rows)
        {
            if (rows.Count == 0)
            {
                return;
            }

            if (!tables.TryGetValue(into, out var held))
            {
                tables[into] = held = [];
            }

            held.AddRange(rows);
        }

        /// <summary>Inserts every table's rows, and holds none after.</summary>
        public void Write(PreparedStatements statements)
        {
            foreach (var (into, rows) in tables)
            {
                statements.Insert(into, rows);
                rows.Clear();
            }

            Films.Clear();
        }
    }

    /// <summary>What the catalogue holds, by the keys the importer finds things by.</summary>
    private sealed class Catalogue
    {
        public Dictionary<string, int> Countries { get; } = new(StringComparer.Ordinal);
        public Dictionary<int, string> CountryNames { get; } = [];
        public Dictionary<string, int> Genres { get; } = new(StringComparer.Ordinal);
        public Dictionary<int, string> GenreNames { get; } = [];
        public Dictionary<string, int> Organisations { get; } = new(StringComparer.Ordinal);

        /// <summary>The studio each name as written is, once found or created: a studio's credits repeat its name exactly.</summary>
        public Dictionary<string, int> OrganisationsNamed { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Festivals { get; } = new(StringComparer.Ordinal);

        /// <summary>The festival each name and country as written is, once found or created.</summary>
        public Dictionary<(string Name, string? Country), int> FestivalsNamed { get; } = [];

        /// <summary>A festival's name and its country's, as a film's selections show them.</summary>
        public Dictionary<int, (string Name, string? Country)> FestivalNames { get; } = [];
        public Dictionary<int, PersonState> PeopleById { get; } = [];
        public Dictionary<string, PersonState> PeopleByOriginalKey { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<PersonState>> PeopleByNameKey { get; } = new(StringComparer.Ordinal);
        public Dictionary<(string TitleKey, int? Year), FilmState> Films { get; } = [];
        public HashSet<string> FilmSlugs { get; } = new(StringComparer.Ordinal);
        public HashSet<string> PersonSlugs { get; } = new(StringComparer.Ordinal);
        public HashSet<string> OrganisationSlugs { get; } = new(StringComparer.Ordinal);
        public HashSet<string> FestivalSlugs { get; } = new(StringComparer.Ordinal);

        public static Catalogue Load(PreparedStatements statements)
        {
            var catalogue = new Catalogue();
            statements.Query("SELECT Id, Name, Slug FROM Countries", r =>
            {
                catalogue.Countries[r.GetString(2)] = r.GetInt32(0);
                catalogue.CountryNames[r.GetInt32(0)] = r.GetString(1);
            });
            statements.Query("SELECT Id, Name, Slug FROM Genres", r =>
            {
                catalogue.Genres[r.GetString(2)] = r.GetInt32(0);
                catalogue.GenreNames[r.GetInt32(0)] = r.GetString(1);
            });
            statements.Query("SELECT Id, Key, Slug FROM Organisations", r =>
            {
                catalogue.Organisations[r.GetString(1)] = r.GetInt32(0);
                catalogue.OrganisationSlugs.Add(r.GetString(2));
            });
            statements.Query("SELECT f.Id, f.Key, f.Slug, f.Name, c.Name FROM Festivals f LEFT JOIN Countries c ON c.Id = f.CountryId", r =>
            {
                catalogue.Festivals[r.GetString(1)] = r.GetInt32(0);
                catalogue.FestivalSlugs.Add(r.GetString(2));
                catalogue.FestivalNames[r.GetInt32(0)] = (r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4));
            });
            statements.Query("SELECT Id, TitleKey, Year, Slug, CuratorEditedAt IS NOT NULL FROM Films", r =>
            {
                var slug = r.GetString(3);
                catalogue.Films[(r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2))] = new FilmState(r.GetInt32(0), slug, r.GetBoolean(4));
                catalogue.FilmSlugs.Add(slug);
            });

            var people = catalogue.PeopleById;
            statements.Query("SELECT Id, Name, OriginalName, OriginalNameKey, Slug FROM People", r =>
            {
                var person = new PersonState { Id = r.GetInt32(0), Slug = r.GetString(4), Name = r.GetString(1), OriginalName = r.IsDBNull(2) ? null : r.GetString(2) };
                people[person.Id] = person;
                if (!r.IsDBNull(3))
                {
                    catalogue.PeopleByOriginalKey.TryAdd(r.GetString(3), person);
                }

                catalogue.PersonSlugs.Add(r.GetString(4));
            });
            statements.Query("SELECT PersonId, Name, Key FROM PersonNames ORDER BY Id", r =>
            {
                var person = people[r.GetInt32(0)];
                person.Names.Add(r.GetString(1));
                if (person.NameKeys.Add(r.GetString(2)))
                {
                    catalogue.IndexName(person, r.GetString(2));
                }
            });
            return catalogue;
        }

        public void IndexName(PersonState person, string key)
        {
            if (!PeopleByNameKey.TryGetValue(key, out var holders))
            {
                PeopleByNameKey[key] = holders = [];
            }

            holders.Add(person);
        }
    }

    /// <summary>
    /// Writes one record: its film (new or updated in place) and whatever people, studios and festivals it names first.
    /// The film's other rows go into <paramref name="held"/> when the batch holds them back, else in at once.
    /// </summary>
    private sealed class RecordStore(PreparedStatements statements, ImportDialect dialect, Catalogue catalogue, TableRows? held, DateTime now)
    {
        // The record's own names: a name that appears twice in the record is one entity.
        private readonly Dictionary<string, PersonState> people = new(StringComparer.Ordinal);
        private readonly HashSet<int> peopleWritten = [];

        // The record's new spellings of people's names, written with its credits.
        private readonly List<object?[]> spellings = [];

        /// <summary>The pages the record changed.</summary>
        public ImportChanges Changes { get; } = new();

        /// <summary>The record's entries of the full-text index, written with the batch.</summary>
        public List<SearchEntry> Indexed { get; } = [];

        /// <summary>The people the record created or gave a new name (see <see cref="EndBatch"/>).</summary>
        public IReadOnlySet<int> PeopleWritten => peopleWritten;

        /// <summary>Inserts rows of the film's, now or with the batch's held rows.</summary>
        public void Insert(string into, List<object?[]> rows)
        {
            if (held is null)
            {
                statements.Insert(into, rows);
            }
            else
            {
                held.Add(into, rows);
            }
        }

        public (ImportStatus Status, int FilmId, string Slug) Store(FilmRecord record, string titleKey)
        {
            catalogue.Films.TryGetValue((titleKey, record.Year), out var film);
            if (film is { CuratorEdited: true })
            {
                return (ImportStatus.KeptCuratorEdits, film.Id, film.Slug);
            }

            var status = film is null ? ImportStatus.Imported : ImportStatus.Updated;
            var version = Version();
            object?[] values = [record.MainTitle, titleKey, Filing.IndexLetter(record.MainTitle), record.Year, record.DurationMinutes,
                record.Colour, record.Synopsis, record.SynopsisSource, now, version];
            if (film is null)
            {
                var slug = Slug.Unique(Slug.From(record.Year is { } year ? $"{record.MainTitle} {year}" : record.MainTitle), catalogue.FilmSlugs.Contains);
                var id = statements.Id("""
                    INSERT INTO Films (Title, TitleKey, IndexLetter, Year, DurationMinutes, Colour, SynopsisMarkdown, SynopsisSource, UpdatedAt, Version, Slug, CreatedAt)
                    VALUES ($title, $key, $letter, $year, $duration, $colour, $synopsis, $source, $updated, $version, $slug, $created) RETURNING Id
                    """, [.. values, slug, now]);
                film = new FilmState(id, slug, false);
                catalogue.FilmSlugs.Add(slug);
                catalogue.Films[(titleKey, record.Year)] = film;
            }
            else
            {
                // The pages of whoever the film credited or selected before show it no longer, or differently.
                statements.Query("SELECT PersonId, OrganisationId FROM Credits WHERE FilmId = $film", r =>
                {
                    if (!r.IsDBNull(0))
                    {
                        Changes.People.Add(r.GetInt32(0));
                    }

                    if (!r.IsDBNull(1))
                    {
                        Changes.Organisations.Add(r.GetInt32(1));
                    }
                }, film.Id);
                statements.Query("SELECT FestivalId FROM Selections WHERE FilmId = $film UNION SELECT FestivalId FROM Awards WHERE FilmId = $film AND FestivalId IS NOT NULL",
                    r => Changes.Festivals.Add(r.GetInt32(0)), film.Id);
                foreach (var table in ChildTables)
                {
                    statements.Run($"DELETE FROM {table} WHERE FilmId = $film", film.Id);
                }

                statements.Run("""
                    UPDATE Films SET Title = $title, TitleKey = $key, IndexLetter = $letter, Year = $year, DurationMinutes = $duration, Colour = $colour,
                    SynopsisMarkdown = $synopsis, SynopsisSource = $source, UpdatedAt = $updated, Version = $version WHERE Id = $id
                    """, [.. values, film.Id]);
            }

            held?.Films.Add(film.Id);
            var snapshot = WriteContents(film, record);
            Indexed.Add(SearchEntry.For(SearchKind.Film, film.Id,
                [record.MainTitle, .. record.AlternativeTitles, record.Year?.ToString(CultureInfo.InvariantCulture)]));
            Changes.Written[(EntryKind.Film, film.Id)] = snapshot;
            Changes.Films.Add(film.Id);
            return (status, film.Id, film.Slug);
        }

        /// <summary>Writes the film's rows and gives the film as they show it: what its revision keeps.</summary>
        private FilmSnapshot WriteContents(FilmState film, FilmRecord record)
        {
            var filmId = film.Id;
            var titleLanguage = LanguageGuess.Of(record.MainTitle);
            List<object?[]> titleRows = [[filmId, record.MainTitle, nameof(TitleKind.Main), ScriptDetector.Detect(record.MainTitle), titleLanguage, 0]];
            var titles = new List<TitleSnapshot>(record.AlternativeTitles.Count);
            for (var i = 0; i < record.AlternativeTitles.Count; i++)
            {
                var text = record.AlternativeTitles[i];
                var kind = ScriptDetector.IsLatin(text) ? TitleKind.Alternative : TitleKind.OriginalScript;
                var language = LanguageGuess.Of(text);
                titleRows.Add([filmId, text, kind.ToString(), ScriptDetector.Detect(text), language, i + 1]);
                titles.Add(new TitleSnapshot(text, kind, language));
            }

            Insert("FilmTitles (FilmId, Text, Kind, Script, Language, Position)", titleRows);
            var countryIds = record.Countries.Select(Country).Distinct().ToList();
            Insert("FilmCountries (FilmId, CountryId, Position)", [.. countryIds.Select((country, i) => new object?[] { filmId, country, i })]);
            var genreIds = record.Genres.Select(Genre).Distinct().ToList();
            Insert("FilmGenres (FilmId, GenreId, Position)", [.. genreIds.Select((genre, i) => new object?[] { filmId, genre, i })]);

            var creditRows = new List<object?[]>(record.Credits.Count);
            var credits = new List<CreditSnapshot>(record.Credits.Count);
            for (var i = 0; i < record.Credits.Count; i++)
            {
                var c = record.Credits[i];
                int? personId = c.IsOrganisation ? null : Person(c).Id;
                int? organisationId = c.IsOrganisation ? Organisation(c.Name) : null;
                creditRows.Add([filmId, c.Role, i, personId, organisationId, c.Name, c.OriginalName, c.Character]);
                credits.Add(new CreditSnapshot(c.Role, c.Name, c.OriginalName, c.Character, personId, organisationId));
                if (personId is { } p)
                {
                    Changes.People.Add(p);
                }
                else
                {
                    Changes.Organisations.Add(organisationId!.Value);
                }
            }

            // The people the credits name exist now: their spellings, then the credits.
            Insert("PersonNames (PersonId, Name, Key, Script)", spellings);
            Insert("Credits (FilmId, Role, Position, PersonId, OrganisationId, CreditedAs, CreditedAsOriginal, Character)", creditRows);

            var selectionRows = new List<object?[]>(record.Selections.Count);
            var selections = new List<SelectionSnapshot>(record.Selections.Count);
            for (var i = 0; i < record.Selections.Count; i++)
            {
                var s = record.Selections[i];
                var festivalId = Festival(s.Event, s.City, s.Country);
                selectionRows.Add([filmId, festivalId, s.City, s.Year, i]);
                var festival = catalogue.FestivalNames[festivalId];
                selections.Add(new SelectionSnapshot(festivalId, festival.Name, festival.Country, s.City, s.Year));
                Changes.Festivals.Add(festivalId);
            }

            Insert("Selections (FilmId, FestivalId, City, Year, Position)", selectionRows);
            var awardRows = new List<object?[]>(record.Awards.Count);
            var awards = new List<AwardSnapshot>(record.Awards.Count);
            for (var i = 0; i < record.Awards.Count; i++)
            {
                var a = record.Awards[i];
                // Only an award whose event was told apart from its category names a festival.
                int? festivalId = a.Category is null ? null : Festival(a.Event, a.City, a.Country);
                awardRows.Add([filmId, a.Category, a.Event, festivalId, a.City, a.Country, a.Year, i]);
                awards.Add(new AwardSnapshot(a.Category, a.Event, festivalId, a.City, a.Country, a.Year));
                if (festivalId is { } f)
                {
                    Changes.Festivals.Add(f);
                }
            }

            Insert("Awards (FilmId, Category, EventName, FestivalId, City, CountryName, Year, Position)", awardRows);
            Insert("Bibliography (FilmId, Title, Author, Publication, Year, Position)",
                [.. record.Bibliography.Select((b, i) => new object?[] { filmId, b.Title, b.Author, b.Publication, b.Year, i })]);
            Insert("Editions (FilmId, Heading, Publisher, Year, Title, Extras, Position)",
                [.. record.Editions.Select((e, i) => new object?[] { filmId, e.Heading, e.Publisher, e.Year, e.Title, e.Extras, i })]);
            Insert("Media (FilmId, Location, Caption, Position)", [.. record.Media.Select((m, i) => new object?[] { filmId, m.Location, m.Caption, i })]);
            Insert("FilmNotes (FilmId, Heading, Text, Position)", [.. record.Notes.Select((n, i) => new object?[] { filmId, n.Heading, n.Text, i })]);

            return new FilmSnapshot
            {
                Slug = film.Slug,
                Title = record.MainTitle,
                TitleLanguage = titleLanguage,
                Year = record.Year,
                DurationMinutes = record.DurationMinutes,
                Colour = record.Colour,
                SynopsisMarkdown = record.Synopsis,
                SynopsisSource = record.SynopsisSource,
                Titles = titles,
                Countries = [.. countryIds.Select(id => catalogue.CountryNames[id])],
                Genres = [.. genreIds.Select(id => catalogue.GenreNames[id])],
                Credits = credits,
                Awards = awards,
                Selections = selections,
                Bibliography = [.. record.Bibliography.Select(b => new BibliographySnapshot(b.Title, b.Author, b.Publication, b.Year))],
                Editions = [.. record.Editions.Select(e => new EditionSnapshot(e.Heading, e.Publisher, e.Year, e.Title, e.Extras))],
                Media = [.. record.Media.Select(m => new MediaSnapshot(m.Location, m.Caption))],
                Notes = [.. record.Notes.Select(n => new NoteSnapshot(n.Heading, n.Text))],
            };
        }

        /// <summary>
        /// One person across spellings: the same original-script name is the same person. Without one, a Latin
        /// spelling already credited to exactly one person is that person.
        /// </summary>
        private PersonState Person(CreditRecord credit)
        {
            var originalKey = credit.OriginalName is null ? null : TextFolding.IdentityKey(credit.OriginalName);
            var latinKey = TextFolding.IdentityKey(credit.Name);
            var cacheKey = originalKey ?? "latin:" + latinKey;
            if (!people.TryGetValue(cacheKey, out var person))
            {
                person = originalKey is null
                    ? FindByLatinSpelling(latinKey, withoutOriginal: false)
                    : catalogue.PeopleByOriginalKey.GetValueOrDefault(originalKey) ?? FindByLatinSpelling(latinKey, withoutOriginal: true);
                person ??= NewPerson(credit.Name, credit.OriginalName, originalKey);
                people[cacheKey] = person;
            }

            if (person.OriginalName is null && credit.OriginalName is not null)
            {
                var (letter, sortKey) = Filing.OriginalName(credit.OriginalName);
                statements.Run("""
                    UPDATE People SET OriginalName = $name, OriginalNameKey = $key, OriginalIndexLetter = $letter, OriginalSortKey = $sort WHERE Id = $id
                    """, credit.OriginalName, originalKey, letter, sortKey, person.Id);
                person.OriginalName = credit.OriginalName;
                catalogue.PeopleByOriginalKey.TryAdd(originalKey!, person);
                peopleWritten.Add(person.Id);
            }

            AddSpelling(person, credit.Name, latinKey);
            if (credit.OriginalName is not null)
            {
                AddSpelling(person, credit.OriginalName, originalKey!);
            }

            return person;
        }

        private PersonState? FindByLatinSpelling(string latinKey, bool withoutOriginal)
        {
            if (!catalogue.PeopleByNameKey.TryGetValue(latinKey, out var holders))
            {
                return null;
            }

            PersonState? found = null;
            foreach (var holder in holders)
            {
                if (!withoutOriginal || holder.OriginalName is null)
                {
                    if (found is not null)
                    {
                        // Two namesakes already: the spelling alone cannot say which one is meant.
                        return null;
                    }

                    found = holder;
                }
            }

            return found;
        }

        /// <summary>A new person, with the name in the original script when the credit gives one (null otherwise), in one write.</summary>
        private PersonState NewPerson(string name, string? originalName, string? originalKey)
        {
            var slug = Slug.Unique(Slug.From(PersonNameParts.Display(name)), catalogue.PersonSlugs.Contains);
            var (letter, sortKey) = Filing.Name(name);
            var (originalLetter, originalSortKey) = originalName is null ? (null, null) : Filing.OriginalName(originalName);
            var id = statements.Id("""
                INSERT INTO People (Slug, Name, IndexLetter, SortKey, OriginalName, OriginalNameKey, OriginalIndexLetter, OriginalSortKey, CreatedAt, UpdatedAt, Version)
                VALUES ($slug, $name, $letter, $sort, $original, $originalKey, $originalLetter, $originalSort, $created, $updated, $version) RETURNING Id
                """, slug, name, letter, sortKey,
                originalName, originalKey, originalLetter, originalSortKey, now, now, Version());
            catalogue.PersonSlugs.Add(slug);
            var person = new PersonState { Id = id, Slug = slug, Name = name, OriginalName = originalName };
            catalogue.PeopleById[id] = person;
            if (originalKey is not null)
            {
                catalogue.PeopleByOriginalKey.TryAdd(originalKey, person);
            }

            peopleWritten.Add(person.Id);
            return person;
        }

        /// <summary>Keeps a new spelling of the person's name (its <paramref name="key"/>); the same letters in other capitals are not a new spelling.</summary>
        private void AddSpelling(PersonState person, string name, string key)
        {
            if (person.NameKeys.Add(key))
            {
                spellings.Add([person.Id, name, key, ScriptDetector.Detect(name)]);
                person.Names.Add(name);
                catalogue.IndexName(person, key);
                peopleWritten.Add(person.Id);
            }
        }

        private int Organisation(string name)
        {
            if (catalogue.OrganisationsNamed.TryGetValue(name, out var named))
            {
                return named;
            }

            var key = TextFolding.IdentityKey(name);
            if (!catalogue.Organisations.TryGetValue(key, out var id))
            {
                var slug = Slug.Unique(Slug.From(name), catalogue.OrganisationSlugs.Contains);
                id = statements.Id("""
                    INSERT INTO Organisations (Slug, Name, Key, CreatedAt, UpdatedAt, Version) VALUES ($slug, $name, $key, $created, $updated, $version) RETURNING Id
                    """, slug, name, key, now, now, Version());
                catalogue.OrganisationSlugs.Add(slug);
                catalogue.Organisations[key] = id;
                Changes.Written[(EntryKind.Organisation, id)] = new OrganisationSnapshot { Slug = slug, Name = name };
                Indexed.Add(SearchEntry.For(SearchKind.Organisation, id, [name]));
            }

            catalogue.OrganisationsNamed[name] = id;
            return id;
        }

        private int Festival(string name, string? city, string? countryName)
        {
            if (catalogue.FestivalsNamed.TryGetValue((name, countryName), out var named))
            {
                return named;
            }

            var key = TextFolding.IdentityKey(name) + "|" + TextFolding.IdentityKey(countryName ?? "");
            if (!catalogue.Festivals.TryGetValue(key, out var id))
            {
                int? countryId = countryName is null ? null : Country(countryName);
                // The country as the catalogue first spelt it.
                var country = countryId is { } c ? catalogue.CountryNames[c] : null;
                var slug = Slug.Unique(Slug.From(name), catalogue.FestivalSlugs.Contains);
                id = statements.Id("""
                    INSERT INTO Festivals (Slug, Name, Key, City, CountryId, CreatedAt, UpdatedAt, Version)
                    VALUES ($slug, $name, $key, $city, $country, $created, $updated, $version) RETURNING Id
                    """, slug, name, key, city, countryId, now, now, Version());
                catalogue.FestivalSlugs.Add(slug);
                catalogue.Festivals[key] = id;
                catalogue.FestivalNames[id] = (name, country);
                Changes.Written[(EntryKind.Festival, id)] = new FestivalSnapshot { Slug = slug, Name = name, City = city, Country = country };
                Indexed.Add(SearchEntry.For(SearchKind.Festival, id, [name, city, country]));
            }

            catalogue.FestivalsNamed[(name, countryName)] = id;
            return id;
        }

        private int Country(string name)
        {
            var slug = Slug.From(name);
            if (!catalogue.Countries.TryGetValue(slug, out var id))
            {
                id = statements.Id("INSERT INTO Countries (Name, Slug) VALUES ($name, $slug) RETURNING Id", name, slug);
                catalogue.Countries[slug] = id;
                catalogue.CountryNames[id] = name;
            }

            return id;
        }

        private int Genre(string name)
        {
            var slug = Slug.From(name);
            if (!catalogue.Genres.TryGetValue(slug, out var id))
            {
                id = statements.Id("INSERT INTO Genres (Name, Slug) VALUES ($name, $slug) RETURNING Id", name, slug);
                catalogue.Genres[slug] = id;
                catalogue.GenreNames[id] = name;
            }

            return id;
        }

        private object Version() => dialect.Version(Guid.NewGuid());
    }
}

/// <summary>The films, people, studios and festivals an import touched: whose pages show something new.</summary>
public sealed class ImportChanges
{
    public HashSet<int> Films { get; } = [];
    public HashSet<int> People { get; } = [];
    public HashSet<int> Organisations { get; } = [];
    public HashSet<int> Festivals { get; } = [];

    /// <summary>
    /// The entries whose own fields the import wrote (new, updated, given a spelling), as it wrote them: each gets a
    /// revision. An entry written twice is as it was last written.
    /// </summary>
    public Dictionary<(EntryKind Kind, int Id), EntrySnapshot> Written { get; } = [];

    public bool IsEmpty => Films.Count == 0;

    internal void Add(ImportChanges other)
    {
        Films.UnionWith(other.Films);
        People.UnionWith(other.People);
        Organisations.UnionWith(other.Organisations);
        Festivals.UnionWith(other.Festivals);
        foreach (var (entry, snapshot) in other.Written)
        {
            Written[entry] = snapshot;
        }
    }

    internal void Clear()
    {
        Films.Clear();
        People.Clear();
        Organisations.Clear();
        Festivals.Clear();
        Written.Clear();
    }
}
