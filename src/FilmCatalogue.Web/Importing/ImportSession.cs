using System.Globalization;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using System.Data.Common;
using System.Runtime.InteropServices;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// One import's writer: prepared statements (prepared once, rebound per row; <see cref="ImportDialect"/> has what
/// SQLite and PostgreSQL read differently) and what the catalogue already holds (people, studios, festivals, countries,
/// genres, films, slugs, the records imported and the last id of each table), loaded once into dictionaries so a
/// record costs no lookups. A record is first planned: its rows, the ids of the entries it creates (given by the
/// import, as SQLite's AUTOINCREMENT would give them), its search entries and the pages it changes, all without the
/// database. Records are written in batches, one transaction a batch, in one of two ways:
/// <list type="bullet">
/// <item>by table, a batch's first try: the whole batch is planned (on any thread, while the batch before it is
/// written), then its rows go in table by table, a table's rows in one run, many to a statement. A database error
/// ends the batch, which the caller rolls back and stores again record by record;</item>
/// <item>record by record: each record planned and written inside a savepoint of its own, so that one that fails rolls
/// back alone, and the dictionaries are reloaded from what the transaction still holds.</item>
/// </list>
/// </summary>
internal sealed class ImportSession : IDisposable
{
    private static readonly string[] ChildTables =
        ["FilmTitles", "FilmCountries", "FilmGenres", "Credits", "Awards", "Selections", "Bibliography", "Editions", "Media", "FilmNotes"];

    // The tables whose ids the import gives, in the order their rows go in: festivals name countries.
    private const string CountriesInto = "Countries (Id, Name, Slug)";
    private const string GenresInto = "Genres (Id, Name, Slug)";
    private const string OrganisationsInto = "Organisations (Id, Slug, Name, Key, CreatedAt, UpdatedAt, Version)";
    private const string FestivalsInto = "Festivals (Id, Slug, Name, Key, City, CountryId, CreatedAt, UpdatedAt, Version)";
    private const string PeopleInto =
        "People (Id, Slug, Name, IndexLetter, SortKey, OriginalName, OriginalNameKey, OriginalIndexLetter, OriginalSortKey, CreatedAt, UpdatedAt, Version)";
    private const string FilmsInto =
        "Films (Id, Title, TitleKey, IndexLetter, Year, DurationMinutes, Colour, SynopsisMarkdown, SynopsisSource, UpdatedAt, Version, Slug, CreatedAt)";

    private static readonly string[] Entries = [CountriesInto, GenresInto, OrganisationsInto, FestivalsInto, PeopleInto, FilmsInto];

    /// <summary>The table an insert's "Table (Column, …)" names.</summary>
    private static string TableOf(string into) => into[..into.IndexOf(' ', StringComparison.Ordinal)];

    private readonly PreparedStatements statements;
    private readonly ImportDialect dialect;
    private readonly SearchIndexWriter searchIndex;
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

    /// <summary>The festival names the catalogue holds, for telling an award's category from its event.</summary>
    public List<string> FestivalNames()
    {
        var names = new List<string>();
        statements.Query("SELECT Name FROM Festivals", r => names.Add(r.GetString(0)));
        return names;
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

    /// <summary>
    /// Reads what the catalogue holds, unless it is read already: before the first batch is planned, and after a batch
    /// is rolled back. Never while a batch is being planned.
    /// </summary>
    public void Load() => catalogue ??= Catalogue.Load(statements, dialect);

    /// <summary>
    /// Plans one record into <paramref name="batch"/>, touching no database: any thread may plan, one batch at a time,
    /// in the order the batches are written. A record imported before (by its content hash) is planned as unchanged.
    /// </summary>
    public (ImportStatus Status, string? Slug) Plan(PlannedBatch batch, FilmRecord record, string contentHash, string fileHash, string sourceName, string? warnings, DateTime now)
    {
        if (catalogue!.Imported.TryGetValue(contentHash, out var slug))
        {
            return (ImportStatus.Unchanged, slug);
        }

        var (store, result) = PlanRecord(batch, record, contentHash, fileHash, sourceName, warnings, now);
        Keep(batch, store);
        return result;
    }

    /// <summary>
    /// Ends a batch's planning: the snapshots and search entries of the people it created or gave a new name, built
    /// once each, on every core. Their snapshots go into the batch's changes, for its revisions.
    /// </summary>
    public void EndPlan(PlannedBatch batch)
    {
        var people = batch.PeopleWritten.Select(id => catalogue!.PeopleById[id]).ToList();
        batch.Indexed.AddRange(people.AsParallel().AsOrdered().Select(p => SearchEntry.For(SearchKind.Person, p.Id, [p.Name, p.OriginalName, .. p.Names])));
        foreach (var person in people)
        {
            batch.Changes.Written[(EntryKind.Person, person.Id)] = new PersonSnapshot
            {
                Slug = person.Slug, Name = person.Name, OriginalName = person.OriginalName, Spellings = [.. person.Names],
            };
        }

        batch.PeopleWritten.Clear();
    }

    /// <summary>Opens a batch's transaction and writes a planned batch's rows, table by table.</summary>
    public void Write(PlannedBatch batch)
    {
        BeginBatch();
        batch.Rows.Write(statements, dialect, batch.Changes);
    }

    /// <summary>Opens a batch's transaction, for storing its records one by one (<see cref="StoreAlone"/>).</summary>
    public void BeginBatch()
    {
        statements.Transaction = statements.Connection.BeginTransaction();
        if (deferIndexes)
        {
            DeferredIndexes.DeferIfEmpty(statements);
        }
    }

    /// <summary>
    /// Plans one record and writes it at once, inside a savepoint of the batch <see cref="BeginBatch"/> opened, once
    /// <see cref="Load"/> has read what the catalogue holds: on a database error nothing of it stays, the dictionaries
    /// are read again, and the error is thrown.
    /// </summary>
    public (ImportStatus Status, string? Slug) StoreAlone(PlannedBatch batch, FilmRecord record, string contentHash, string fileHash, string sourceName, string? warnings, DateTime now)
    {
        if (catalogue!.Imported.TryGetValue(contentHash, out var slug))
        {
            return (ImportStatus.Unchanged, slug);
        }

        statements.Execute("SAVEPOINT record");
        try
        {
            var (store, result) = PlanRecord(batch, record, contentHash, fileHash, sourceName, warnings, now);
            batch.Rows.Write(statements, dialect, batch.Changes);
            statements.Execute("RELEASE record");
            Keep(batch, store);
            return result;
        }
        catch (DbException)
        {
            statements.Execute("ROLLBACK TO record; RELEASE record");
            batch.Rows.Clear();
            catalogue = Catalogue.Load(statements, dialect);
            throw;
        }
    }

    /// <summary>Writes the batch's revisions and the full-text index of what it stored, and commits.</summary>
    public void Commit(PlannedBatch batch, IEnumerable<Revision> revisions)
    {
        foreach (var r in revisions)
        {
            statements.Run(
                """
                INSERT INTO Revisions (EntryKind, EntryId, Action, Note, EntryName, CuratorId, CuratorEmail, At, ChangesJson, Snapshot)
                VALUES ($kind, $entry, $action, $note, $name, $curator, $email, $at, $changes, $snapshot)
                """,
                r.EntryKind.ToString(), r.EntryId, r.Action.ToString(), r.Note, r.EntryName, r.CuratorId, r.CuratorEmail, r.At, r.ChangesJson, r.Snapshot);
        }

        searchIndex.Write(batch.Indexed);
        statements.Transaction!.Commit();
        EndTransaction();
    }

    /// <summary>Rolls the open batch back. What the dictionaries hold is read again before the next batch is planned.</summary>
    public void RollbackBatch()
    {
        statements.Transaction?.Rollback();
        EndTransaction();
        catalogue = null;
    }

    private (RecordStore Store, (ImportStatus Status, string? Slug) Result) PlanRecord(
        PlannedBatch batch, FilmRecord record, string contentHash, string fileHash, string sourceName, string? warnings, DateTime now)
    {
        var store = new RecordStore(dialect, catalogue!, batch.Rows, now);
        var result = store.Store(record, TextFolding.IdentityKey(record.MainTitle));
        store.Insert("ImportedRecords (ContentHash, FileHash, SourceName, FilmId, ImportedAt, Warnings)",
            [[contentHash, fileHash, sourceName, result.FilmId, now, warnings]]);
        catalogue!.Imported[contentHash] = result.Slug;
        return (store, (result.Status, result.Slug));
    }

    /// <summary>What a planned record leaves for its batch's end: the pages it changed, its search entries, its people.</summary>
    private static void Keep(PlannedBatch batch, RecordStore store)
    {
        batch.Changes.Add(store.Changes);
        batch.Indexed.AddRange(store.Indexed);
        batch.PeopleWritten.UnionWith(store.PeopleWritten);
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

    /// <summary>
    /// A batch as planned: the rows it will write and, of the records planned into it so far, the pages they change,
    /// their search entries and the people they wrote.
    /// </summary>
    internal sealed class PlannedBatch
    {
        internal TableRows Rows { get; } = new();

        /// <summary>What the batch changed, for its revisions and for evicting cached pages.</summary>
        public ImportChanges Changes { get; } = new();

        // The batch's entries of the full-text index, written once at its end: FTS5 flushes what it holds in memory at
        // every savepoint, so entries written record by record (a savepoint each) would make a tiny index segment each.
        internal List<SearchEntry> Indexed { get; } = [];

        // The people the batch created or gave a new name: each gets one search entry and one revision at its end, as the
        // batch leaves them, however many of its records named them.
        internal HashSet<int> PeopleWritten { get; } = [];
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

    /// <summary>
    /// Rows planned, by table, each table's in the order they came: the entries' first, then the updates in the order
    /// they came, then the rest. Knows the films whose rows it holds.
    /// </summary>
    internal sealed class TableRows
    {
        private readonly Dictionary<string, List<object?[]>> tables = new(StringComparer.Ordinal);
        private readonly List<(string Sql, object?[] Values, int? Film)> updates = [];
        private readonly HashSet<int> films = [];

        public TableRows()
        {
            foreach (var into in Entries)
            {
                tables[into] = [];
            }
        }

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

        /// <summary>An update, written after the entries' rows; one that <paramref name="replaces"/> a film's contents removes its old rows first.</summary>
        public void Update(string sql, object?[] values, int? replaces = null)
        {
            if (replaces is { } film && films.Contains(film))
            {
                // The film's rows an earlier record of the batch planned are not written at all.
                foreach (var (into, rows) in tables)
                {
                    if (ChildTables.Contains(TableOf(into)))
                    {
                        rows.RemoveAll(row => (int)row[0]! == film);
                    }
                }
            }

            updates.Add((sql, values, replaces));
        }

        /// <summary>Notes that the rows held now include <paramref name="film"/>'s.</summary>
        public void HoldsFilm(int film) => films.Add(film);

        /// <summary>Writes every row and update, and holds none after. The pages a replaced film's old rows showed go into <paramref name="changes"/>.</summary>
        public void Write(PreparedStatements statements, ImportDialect dialect, ImportChanges changes)
        {
            foreach (var into in Entries)
            {
                var rows = tables[into];
                statements.Insert(into, rows);
                if (rows.Count > 0 && dialect.IdsGiven is { } idsGiven)
                {
                    statements.Run(string.Format(CultureInfo.InvariantCulture, idsGiven, TableOf(into)), rows[^1][0]);
                }
            }

            foreach (var (sql, values, film) in updates)
            {
                if (film is { } id)
                {
                    Replacing(statements, id, changes);
                }

                statements.Run(sql, values);
            }

            foreach (var (into, rows) in tables)
            {
                if (!Entries.Contains(into))
                {
                    statements.Insert(into, rows);
                }
            }

            Clear();
        }

        public void Clear()
        {
            foreach (var rows in tables.Values)
            {
                rows.Clear();
            }

            updates.Clear();
            films.Clear();
        }

        /// <summary>Removes a film's contents before its new ones go in: whoever it credited or selected shows it no longer, or differently.</summary>
        private static void Replacing(PreparedStatements statements, int film, ImportChanges changes)
        {
            statements.Query("SELECT PersonId, OrganisationId FROM Credits WHERE FilmId = $film", r =>
            {
                if (!r.IsDBNull(0))
                {
                    changes.People.Add(r.GetInt32(0));
                }

                if (!r.IsDBNull(1))
                {
                    changes.Organisations.Add(r.GetInt32(1));
                }
            }, film);
            statements.Query("SELECT FestivalId FROM Selections WHERE FilmId = $film UNION SELECT FestivalId FROM Awards WHERE FilmId = $film AND FestivalId IS NOT NULL",
                r => changes.Festivals.Add(r.GetInt32(0)), film);
            foreach (var table in ChildTables)
            {
                statements.Run($"DELETE FROM {table} WHERE FilmId = $film", film);
            }
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

        /// <summary>The slug of the film each imported record (by its content hash) gave, null when that film was deleted since.</summary>
        public Dictionary<string, string?> Imported { get; } = new(StringComparer.Ordinal);

        // The last id each table whose ids the import gives has given, so far.
        private readonly Dictionary<string, int> lastIds = new(StringComparer.Ordinal);

        /// <summary>The id of a new row of <paramref name="into"/> (one of <see cref="Entries"/>).</summary>
        public int NewId(string into) => ++CollectionsMarshal.GetValueRefOrNullRef(lastIds, into);

        public static Catalogue Load(PreparedStatements statements, ImportDialect dialect)
        {
            var catalogue = new Catalogue();
            foreach (var into in Entries)
            {
                var table = TableOf(into);
                catalogue.lastIds[into] = Convert.ToInt32(statements.Scalar(string.Format(CultureInfo.InvariantCulture, dialect.LastId, table)), CultureInfo.InvariantCulture);
            }

            statements.Query("SELECT r.ContentHash, f.Slug FROM ImportedRecords r LEFT JOIN Films f ON f.Id = r.FilmId",
                r => catalogue.Imported[r.GetString(0)] = r.IsDBNull(1) ? null : r.GetString(1));
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
    /// Plans one record into <paramref name="rows"/>: its film (new or updated in place), whatever new people, studios
    /// and festivals it names, and the film's other rows. The dictionaries take what it creates at once.
    /// </summary>
    private sealed class RecordStore(ImportDialect dialect, Catalogue catalogue, TableRows rows, DateTime now)
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

        /// <summary>The people the record created or gave a new name (see <see cref="EndPlan"/>).</summary>
        public IReadOnlySet<int> PeopleWritten => peopleWritten;

        public void Insert(string into, List<object?[]> added) => rows.Add(into, added);

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
                film = new FilmState(catalogue.NewId(FilmsInto), slug, false);
                Insert(FilmsInto, [[film.Id, .. values, slug, now]]);
                catalogue.FilmSlugs.Add(slug);
                catalogue.Films[(titleKey, record.Year)] = film;
            }
            else
            {
                rows.Update("""
                    UPDATE Films SET Title = $title, TitleKey = $key, IndexLetter = $letter, Year = $year, DurationMinutes = $duration, Colour = $colour,
                    SynopsisMarkdown = $synopsis, SynopsisSource = $source, UpdatedAt = $updated, Version = $version WHERE Id = $id
                    """, [.. values, film.Id], replaces: film.Id);
            }

            rows.HoldsFilm(film.Id);
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
                rows.Update("""
                    UPDATE People SET OriginalName = $name, OriginalNameKey = $key, OriginalIndexLetter = $letter, OriginalSortKey = $sort WHERE Id = $id
                    """, [credit.OriginalName, originalKey, letter, sortKey, person.Id]);
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
            var id = catalogue.NewId(PeopleInto);
            Insert(PeopleInto, [[id, slug, name, letter, sortKey, originalName, originalKey, originalLetter, originalSortKey, now, now, Version()]]);
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
                id = catalogue.NewId(OrganisationsInto);
                Insert(OrganisationsInto, [[id, slug, name, key, now, now, Version()]]);
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
                id = catalogue.NewId(FestivalsInto);
                Insert(FestivalsInto, [[id, slug, name, key, city, countryId, now, now, Version()]]);
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
                id = catalogue.NewId(CountriesInto);
                Insert(CountriesInto, [[id, name, slug]]);
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
                id = catalogue.NewId(GenresInto);
                Insert(GenresInto, [[id, name, slug]]);
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
