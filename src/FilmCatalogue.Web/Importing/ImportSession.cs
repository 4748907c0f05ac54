using System.Globalization;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using System.Data.Common;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// One import's writer: prepared statements (prepared once, rebound per row, in SQL that SQLite and PostgreSQL both
/// read; <see cref="ImportDialect"/> has the rest) and what the catalogue already
/// holds (people, studios, festivals, countries, genres, films and slugs), loaded once into dictionaries so a record
/// costs no lookups. Records are written in batches, one transaction a batch, each record inside a savepoint of its
/// own: a record that fails rolls back alone, and the dictionaries are reloaded from what the transaction still holds.
/// </summary>
internal sealed class ImportSession : IDisposable
{
    private static readonly string[] ChildTables =
        ["FilmTitles", "FilmCountries", "FilmGenres", "Credits", "Awards", "Selections", "Bibliography", "Editions", "Media", "FilmNotes"];

    private readonly DbConnection connection;
    private readonly ImportDialect dialect;
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private DbTransaction? transaction;
    private Catalogue? catalogue;

    public ImportSession(DbConnection connection)
    {
        this.connection = connection;
        dialect = ImportDialect.For(connection);
        if (dialect.Start is { } start)
        {
            Execute(start);
        }
    }

    /// <summary>What the batch changed, for evicting cached pages.</summary>
    public ImportChanges Changes { get; } = new();

    /// <summary>The festival names the catalogue holds, for telling an award's category from its event.</summary>
    public List<string> FestivalNames()
    {
        var names = new List<string>();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Name" FROM "Festivals" """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>The slug of the film each already imported hash gave (null when that film was deleted since).</summary>
    public Dictionary<string, string?> ImportedHashes(IEnumerable<string> hashes)
    {
        var seen = new Dictionary<string, string?>(StringComparer.Ordinal);
        var command = Prepared($"""
            SELECT r."ContentHash", f."Slug" FROM "ImportedRecords" r LEFT JOIN "Films" f ON f."Id" = r."FilmId"
            WHERE r."ContentHash" IN ({dialect.JsonArrayValues})
            """, "@hashes");
        command.Parameters[0].Value = System.Text.Json.JsonSerializer.Serialize(hashes);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            seen[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return seen;
    }

    /// <summary>The open batch's transaction, for what must be written with the batch (its revisions).</summary>
    public DbTransaction? Transaction => transaction;

    public void BeginBatch()
    {
        transaction = connection.BeginTransaction();
        catalogue ??= Catalogue.Load(this);
    }

    public void CommitBatch()
    {
        transaction!.Commit();
        transaction.Dispose();
        transaction = null;
    }

    public void RollbackBatch()
    {
        transaction?.Rollback();
        transaction?.Dispose();
        transaction = null;
        // The dictionaries hold what the rolled-back batch created: the next batch reads the catalogue again.
        catalogue = null;
        Changes.Clear();
    }

    /// <summary>Stores one record inside a savepoint; on a database error nothing of it stays and the error is thrown.</summary>
    public (ImportStatus Status, string Slug) Store(FilmRecord record, string contentHash, string sourceName, string? warnings, DateTime now)
    {
        Execute("SAVEPOINT record");
        var changes = new ImportChanges();
        try
        {
            var result = new RecordStore(this, catalogue!, changes, now).Store(record);
            Prepared("""
                INSERT INTO "ImportedRecords" ("ContentHash", "SourceName", "FilmId", "ImportedAt", "Warnings")
                VALUES (@hash, @source, @film, @at, @warnings)
                """, "@hash", "@source", "@film", "@at", "@warnings")
                .Run(contentHash, sourceName, result.FilmId, now, warnings);
            Execute("RELEASE record");
            Changes.Add(changes);
            return (result.Status, result.Slug);
        }
        catch (DbException)
        {
            Execute("ROLLBACK TO record; RELEASE record");
            catalogue = Catalogue.Load(this);
            throw;
        }
    }

    public void Dispose()
    {
        transaction?.Dispose();
        transaction = null;
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        if (dialect.End is { } end)
        {
            Execute(end);
        }
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>The statement for <paramref name="sql"/>, created and prepared on first use and reused after.</summary>
    private DbCommand Prepared(string sql, params string[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            commands[sql] = command;
        }

        command.Transaction = transaction;
        return command;
    }

    private sealed class PersonState
    {
        public int Id { get; init; }
        public required string Name { get; init; }
        public string? OriginalName { get; set; }
        public List<string> Names { get; } = [];
        public HashSet<string> NameKeys { get; } = new(StringComparer.Ordinal);
    }

    private sealed record FilmState(int Id, string Slug, bool CuratorEdited);

    /// <summary>What the catalogue holds, by the keys the importer finds things by.</summary>
    private sealed class Catalogue
    {
        public Dictionary<string, int> Countries { get; } = new(StringComparer.Ordinal);
        public Dictionary<int, string> CountryNames { get; } = [];
        public Dictionary<string, int> Genres { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Organisations { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Festivals { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, PersonState> PeopleByOriginalKey { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<PersonState>> PeopleByNameKey { get; } = new(StringComparer.Ordinal);
        public Dictionary<(string TitleKey, int? Year), FilmState> Films { get; } = [];
        public HashSet<string> FilmSlugs { get; } = new(StringComparer.Ordinal);
        public HashSet<string> PersonSlugs { get; } = new(StringComparer.Ordinal);
        public HashSet<string> OrganisationSlugs { get; } = new(StringComparer.Ordinal);
        public HashSet<string> FestivalSlugs { get; } = new(StringComparer.Ordinal);

        public static Catalogue Load(ImportSession session)
        {
            var catalogue = new Catalogue();
            session.Query("""SELECT "Id", "Name", "Slug" FROM "Countries" """, r =>
            {
                catalogue.Countries[r.GetString(2)] = r.GetInt32(0);
                catalogue.CountryNames[r.GetInt32(0)] = r.GetString(1);
            });
            session.Query("""SELECT "Id", "Slug" FROM "Genres" """, r => catalogue.Genres[r.GetString(1)] = r.GetInt32(0));
            session.Query("""SELECT "Id", "Key", "Slug" FROM "Organisations" """, r =>
            {
                catalogue.Organisations[r.GetString(1)] = r.GetInt32(0);
                catalogue.OrganisationSlugs.Add(r.GetString(2));
            });
            session.Query("""SELECT "Id", "Key", "Slug" FROM "Festivals" """, r =>
            {
                catalogue.Festivals[r.GetString(1)] = r.GetInt32(0);
                catalogue.FestivalSlugs.Add(r.GetString(2));
            });
            session.Query("""SELECT "Id", "TitleKey", "Year", "Slug", "CuratorEditedAt" IS NOT NULL FROM "Films" """, r =>
            {
                var slug = r.GetString(3);
                catalogue.Films[(r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2))] = new FilmState(r.GetInt32(0), slug, r.GetBoolean(4));
                catalogue.FilmSlugs.Add(slug);
            });

            var people = new Dictionary<int, PersonState>();
            session.Query("""SELECT "Id", "Name", "OriginalName", "OriginalNameKey", "Slug" FROM "People" """, r =>
            {
                var person = new PersonState { Id = r.GetInt32(0), Name = r.GetString(1), OriginalName = r.IsDBNull(2) ? null : r.GetString(2) };
                people[person.Id] = person;
                if (!r.IsDBNull(3))
                {
                    catalogue.PeopleByOriginalKey.TryAdd(r.GetString(3), person);
                }

                catalogue.PersonSlugs.Add(r.GetString(4));
            });
            session.Query("""SELECT "PersonId", "Name", "Key" FROM "PersonNames" ORDER BY "Id" """, r =>
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

    private void Query(string sql, Action<DbDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    /// <summary>Writes one record: its film (new or updated in place) and whatever people, studios and festivals it names first.</summary>
    private sealed class RecordStore(ImportSession session, Catalogue catalogue, ImportChanges changes, DateTime now)
    {
        // The record's own names: a name that appears twice in the record is one entity.
        private readonly Dictionary<string, PersonState> people = new(StringComparer.Ordinal);
        private readonly HashSet<PersonState> peopleToIndex = [];

        public (ImportStatus Status, int FilmId, string Slug) Store(FilmRecord record)
        {
            var titleKey = TextFolding.IdentityKey(record.MainTitle);
            catalogue.Films.TryGetValue((titleKey, record.Year), out var film);
            if (film is { CuratorEdited: true })
            {
                return (ImportStatus.KeptCuratorEdits, film.Id, film.Slug);
            }

            var status = film is null ? ImportStatus.Imported : ImportStatus.Updated;
            var version = Version();
            object?[] values = [record.MainTitle, titleKey, RecordImporter.IndexLetter(record.MainTitle), record.Year, record.DurationMinutes,
                record.Colour, record.Synopsis, record.SynopsisSource, now, version];
            if (film is null)
            {
                var slug = Slug.Unique(Slug.From(record.Year is { } year ? $"{record.MainTitle} {year}" : record.MainTitle), catalogue.FilmSlugs.Contains);
                var id = session.Prepared("""
                    INSERT INTO "Films" ("Title", "TitleKey", "IndexLetter", "Year", "DurationMinutes", "Colour", "SynopsisMarkdown", "SynopsisSource", "UpdatedAt", "Version", "Slug", "CreatedAt")
                    VALUES (@title, @key, @letter, @year, @duration, @colour, @synopsis, @source, @updated, @version, @slug, @created) RETURNING "Id"
                    """, "@title", "@key", "@letter", "@year", "@duration", "@colour", "@synopsis", "@source", "@updated", "@version", "@slug", "@created")
                    .Scalar([.. values, slug, now]);
                film = new FilmState(id, slug, false);
                catalogue.FilmSlugs.Add(slug);
                catalogue.Films[(titleKey, record.Year)] = film;
            }
            else
            {
                // The pages of whoever the film credited or selected before show it no longer, or differently.
                session.Query($"""SELECT "PersonId", "OrganisationId" FROM "Credits" WHERE "FilmId" = {film.Id}""", r =>
                {
                    if (!r.IsDBNull(0))
                    {
                        changes.People.Add(r.GetInt32(0));
                    }

                    if (!r.IsDBNull(1))
                    {
                        changes.Organisations.Add(r.GetInt32(1));
                    }
                });
                session.Query($"""SELECT "FestivalId" FROM "Selections" WHERE "FilmId" = {film.Id} UNION SELECT "FestivalId" FROM "Awards" WHERE "FilmId" = {film.Id} AND "FestivalId" IS NOT NULL""",
                    r => changes.Festivals.Add(r.GetInt32(0)));
                foreach (var table in ChildTables)
                {
                    session.Prepared($"""DELETE FROM "{table}" WHERE "FilmId" = @film""", "@film").Run(film.Id);
                }

                session.Prepared("""
                    UPDATE "Films" SET "Title" = @title, "TitleKey" = @key, "IndexLetter" = @letter, "Year" = @year, "DurationMinutes" = @duration, "Colour" = @colour,
                    "SynopsisMarkdown" = @synopsis, "SynopsisSource" = @source, "UpdatedAt" = @updated, "Version" = @version WHERE "Id" = @id
                    """, "@title", "@key", "@letter", "@year", "@duration", "@colour", "@synopsis", "@source", "@updated", "@version", "@id")
                    .Run([.. values, film.Id]);
            }

            WriteContents(film.Id, record);
            IndexFilm(film.Id, record, replace: status == ImportStatus.Updated);
            foreach (var person in peopleToIndex)
            {
                session.Index(SearchKind.Person, person.Id, [person.Name, person.OriginalName, .. person.Names], replace: true);
            }

            changes.Films.Add(film.Id);
            return (status, film.Id, film.Slug);
        }

        private void WriteContents(int filmId, FilmRecord record)
        {
            var title = session.Prepared("""
                INSERT INTO "FilmTitles" ("FilmId", "Text", "Kind", "Script", "Language", "Position") VALUES (@film, @text, @kind, @script, @language, @position)
                """, "@film", "@text", "@kind", "@script", "@language", "@position");
            title.Run(filmId, record.MainTitle, nameof(TitleKind.Main), ScriptDetector.Detect(record.MainTitle), LanguageGuess.Of(record.MainTitle), 0);
            for (var i = 0; i < record.AlternativeTitles.Count; i++)
            {
                var text = record.AlternativeTitles[i];
                var kind = ScriptDetector.IsLatin(text) ? TitleKind.Alternative : TitleKind.OriginalScript;
                title.Run(filmId, text, kind.ToString(), ScriptDetector.Detect(text), LanguageGuess.Of(text), i + 1);
            }

            var countryIds = record.Countries.Select(Country).Distinct().ToList();
            var filmCountry = session.Prepared("""INSERT INTO "FilmCountries" ("FilmId", "CountryId", "Position") VALUES (@film, @country, @position)""", "@film", "@country", "@position");
            for (var i = 0; i < countryIds.Count; i++)
            {
                filmCountry.Run(filmId, countryIds[i], i);
            }

            var genreIds = record.Genres.Select(Genre).Distinct().ToList();
            var filmGenre = session.Prepared("""INSERT INTO "FilmGenres" ("FilmId", "GenreId", "Position") VALUES (@film, @genre, @position)""", "@film", "@genre", "@position");
            for (var i = 0; i < genreIds.Count; i++)
            {
                filmGenre.Run(filmId, genreIds[i], i);
            }

            var credit = session.Prepared("""
                INSERT INTO "Credits" ("FilmId", "Role", "Position", "PersonId", "OrganisationId", "CreditedAs", "CreditedAsOriginal", "Character")
                VALUES (@film, @role, @position, @person, @organisation, @as, @original, @character)
                """, "@film", "@role", "@position", "@person", "@organisation", "@as", "@original", "@character");
            for (var i = 0; i < record.Credits.Count; i++)
            {
                var c = record.Credits[i];
                int? personId = c.IsOrganisation ? null : Person(c).Id;
                int? organisationId = c.IsOrganisation ? Organisation(c.Name) : null;
                credit.Run(filmId, c.Role, i, personId, organisationId, c.Name, c.OriginalName, c.Character);
                if (personId is { } p)
                {
                    changes.People.Add(p);
                }
                else
                {
                    changes.Organisations.Add(organisationId!.Value);
                }
            }

            var selection = session.Prepared("""
                INSERT INTO "Selections" ("FilmId", "FestivalId", "City", "Year", "Position") VALUES (@film, @festival, @city, @year, @position)
                """, "@film", "@festival", "@city", "@year", "@position");
            for (var i = 0; i < record.Selections.Count; i++)
            {
                var s = record.Selections[i];
                var festivalId = Festival(s.Event, s.City, s.Country);
                selection.Run(filmId, festivalId, s.City, s.Year, i);
                changes.Festivals.Add(festivalId);
            }

            var award = session.Prepared("""
                INSERT INTO "Awards" ("FilmId", "Category", "EventName", "FestivalId", "City", "CountryName", "Year", "Position")
                VALUES (@film, @category, @event, @festival, @city, @country, @year, @position)
                """, "@film", "@category", "@event", "@festival", "@city", "@country", "@year", "@position");
            for (var i = 0; i < record.Awards.Count; i++)
            {
                var a = record.Awards[i];
                // Only an award whose event was told apart from its category names a festival.
                int? festivalId = a.Category is null ? null : Festival(a.Event, a.City, a.Country);
                award.Run(filmId, a.Category, a.Event, festivalId, a.City, a.Country, a.Year, i);
                if (festivalId is { } f)
                {
                    changes.Festivals.Add(f);
                }
            }

            var entry = session.Prepared("""
                INSERT INTO "Bibliography" ("FilmId", "Title", "Author", "Publication", "Year", "Position") VALUES (@film, @title, @author, @publication, @year, @position)
                """, "@film", "@title", "@author", "@publication", "@year", "@position");
            for (var i = 0; i < record.Bibliography.Count; i++)
            {
                var b = record.Bibliography[i];
                entry.Run(filmId, b.Title, b.Author, b.Publication, b.Year, i);
            }

            var edition = session.Prepared("""
                INSERT INTO "Editions" ("FilmId", "Heading", "Publisher", "Year", "Title", "Extras", "Position") VALUES (@film, @heading, @publisher, @year, @title, @extras, @position)
                """, "@film", "@heading", "@publisher", "@year", "@title", "@extras", "@position");
            for (var i = 0; i < record.Editions.Count; i++)
            {
                var e = record.Editions[i];
                edition.Run(filmId, e.Heading, e.Publisher, e.Year, e.Title, e.Extras, i);
            }

            var media = session.Prepared("""INSERT INTO "Media" ("FilmId", "Location", "Caption", "Position") VALUES (@film, @location, @caption, @position)""",
                "@film", "@location", "@caption", "@position");
            for (var i = 0; i < record.Media.Count; i++)
            {
                media.Run(filmId, record.Media[i].Location, record.Media[i].Caption, i);
            }

            var note = session.Prepared("""INSERT INTO "FilmNotes" ("FilmId", "Heading", "Text", "Position") VALUES (@film, @heading, @text, @position)""",
                "@film", "@heading", "@text", "@position");
            for (var i = 0; i < record.Notes.Count; i++)
            {
                note.Run(filmId, record.Notes[i].Heading, record.Notes[i].Text, i);
            }
        }

        private void IndexFilm(int filmId, FilmRecord record, bool replace) =>
            session.Index(SearchKind.Film, filmId,
                [record.MainTitle, .. record.AlternativeTitles, record.MainTitle, record.Year?.ToString(CultureInfo.InvariantCulture)], replace);

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
                person ??= NewPerson(credit.Name);
                people[cacheKey] = person;
            }

            if (person.OriginalName is null && credit.OriginalName is not null)
            {
                var family = PersonNameParts.FamilyName(credit.OriginalName);
                session.Prepared("""
                    UPDATE "People" SET "OriginalName" = @name, "OriginalNameKey" = @key, "OriginalIndexLetter" = @letter, "OriginalSortKey" = @sort WHERE "Id" = @id
                    """, "@name", "@key", "@letter", "@sort", "@id")
                    .Run(credit.OriginalName, originalKey, family.Length > 0 ? char.ToUpperInvariant(family[0]).ToString() : null,
                        TextFolding.IdentityKey($"{family} {PersonNameParts.GivenNames(credit.OriginalName)}"), person.Id);
                person.OriginalName = credit.OriginalName;
                catalogue.PeopleByOriginalKey.TryAdd(originalKey!, person);
                peopleToIndex.Add(person);
            }

            AddSpelling(person, credit.Name);
            if (credit.OriginalName is not null)
            {
                AddSpelling(person, credit.OriginalName);
            }

            return person;
        }

        private PersonState? FindByLatinSpelling(string latinKey, bool withoutOriginal)
        {
            if (!catalogue.PeopleByNameKey.TryGetValue(latinKey, out var holders))
            {
                return null;
            }

            // Two namesakes already: the spelling alone cannot say which one is meant.
            var candidates = holders.Where(p => !withoutOriginal || p.OriginalName is null).Take(2).ToList();
            return candidates.Count == 1 ? candidates[0] : null;
        }

        private PersonState NewPerson(string name)
        {
            var family = PersonNameParts.FamilyName(name);
            var slug = Slug.Unique(Slug.From(PersonNameParts.Display(name)), catalogue.PersonSlugs.Contains);
            var id = session.Prepared("""
                INSERT INTO "People" ("Slug", "Name", "IndexLetter", "SortKey", "CreatedAt", "UpdatedAt", "Version")
                VALUES (@slug, @name, @letter, @sort, @created, @updated, @version) RETURNING "Id"
                """, "@slug", "@name", "@letter", "@sort", "@created", "@updated", "@version")
                .Scalar(slug, name, RecordImporter.IndexLetter(family), TextFolding.IdentityKey($"{family} {PersonNameParts.GivenNames(name)}"), now, now, Version());
            catalogue.PersonSlugs.Add(slug);
            var person = new PersonState { Id = id, Name = name };
            peopleToIndex.Add(person);
            return person;
        }

        /// <summary>Keeps a new spelling of the person's name; the same letters in other capitals are not a new spelling.</summary>
        private void AddSpelling(PersonState person, string name)
        {
            var key = TextFolding.IdentityKey(name);
            if (person.NameKeys.Add(key))
            {
                session.Prepared("""INSERT INTO "PersonNames" ("PersonId", "Name", "Key", "Script") VALUES (@person, @name, @key, @script)""", "@person", "@name", "@key", "@script")
                    .Run(person.Id, name, key, ScriptDetector.Detect(name));
                person.Names.Add(name);
                catalogue.IndexName(person, key);
                peopleToIndex.Add(person);
            }
        }

        private int Organisation(string name)
        {
            var key = TextFolding.IdentityKey(name);
            if (!catalogue.Organisations.TryGetValue(key, out var id))
            {
                var slug = Slug.Unique(Slug.From(name), catalogue.OrganisationSlugs.Contains);
                id = session.Prepared("""
                    INSERT INTO "Organisations" ("Slug", "Name", "Key", "CreatedAt", "UpdatedAt", "Version") VALUES (@slug, @name, @key, @created, @updated, @version) RETURNING "Id"
                    """, "@slug", "@name", "@key", "@created", "@updated", "@version")
                    .Scalar(slug, name, key, now, now, Version());
                catalogue.OrganisationSlugs.Add(slug);
                catalogue.Organisations[key] = id;
                session.Index(SearchKind.Organisation, id, [name], replace: false);
            }

            return id;
        }

        private int Festival(string name, string? city, string? countryName)
        {
            var key = TextFolding.IdentityKey(name) + "|" + TextFolding.IdentityKey(countryName ?? "");
            if (!catalogue.Festivals.TryGetValue(key, out var id))
            {
                int? countryId = countryName is null ? null : Country(countryName);
                var slug = Slug.Unique(Slug.From(name), catalogue.FestivalSlugs.Contains);
                id = session.Prepared("""
                    INSERT INTO "Festivals" ("Slug", "Name", "Key", "City", "CountryId", "CreatedAt", "UpdatedAt", "Version")
                    VALUES (@slug, @name, @key, @city, @country, @created, @updated, @version) RETURNING "Id"
                    """, "@slug", "@name", "@key", "@city", "@country", "@created", "@updated", "@version")
                    .Scalar(slug, name, key, city, countryId, now, now, Version());
                catalogue.FestivalSlugs.Add(slug);
                catalogue.Festivals[key] = id;
                session.Index(SearchKind.Festival, id, [name, city, countryId is { } c ? catalogue.CountryNames[c] : null], replace: false);
            }

            return id;
        }

        private int Country(string name)
        {
            var slug = Slug.From(name);
            if (!catalogue.Countries.TryGetValue(slug, out var id))
            {
                id = session.Prepared("""INSERT INTO "Countries" ("Name", "Slug") VALUES (@name, @slug) RETURNING "Id" """, "@name", "@slug").Scalar(name, slug);
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
                id = session.Prepared("""INSERT INTO "Genres" ("Name", "Slug") VALUES (@name, @slug) RETURNING "Id" """, "@name", "@slug").Scalar(name, slug);
                catalogue.Genres[slug] = id;
            }

            return id;
        }

        private object Version() => session.dialect.Version(Guid.NewGuid());
    }

    /// <summary>Replaces (or adds) one entry of the full-text index: its names folded to search tokens (see <see cref="SearchIndexer"/>).</summary>
    private void Index(SearchKind kind, int id, IEnumerable<string?> texts, bool replace)
    {
        var rowId = SearchIndexer.RowId(kind, id);
        if (replace)
        {
            Prepared("""DELETE FROM "SearchIndex" WHERE rowid = @row""", "@row").Run(rowId);
        }

        var text = string.Join(' ', texts.OfType<string>().SelectMany(TextFolding.SearchTokens).Distinct(StringComparer.Ordinal));
        Prepared("""INSERT INTO "SearchIndex" (rowid, "Text") VALUES (@row, @text)""", "@row", "@text").Run(rowId, text);
    }
}

/// <summary>The films, people, studios and festivals an import touched: whose pages show something new.</summary>
public sealed class ImportChanges
{
    public HashSet<int> Films { get; } = [];
    public HashSet<int> People { get; } = [];
    public HashSet<int> Organisations { get; } = [];
    public HashSet<int> Festivals { get; } = [];

    public bool IsEmpty => Films.Count == 0;

    internal void Add(ImportChanges other)
    {
        Films.UnionWith(other.Films);
        People.UnionWith(other.People);
        Organisations.UnionWith(other.Organisations);
        Festivals.UnionWith(other.Festivals);
    }

    internal void Clear()
    {
        Films.Clear();
        People.Clear();
        Organisations.Clear();
        Festivals.Clear();
    }
}

internal static class PreparedCommandExtensions
{
    /// <summary>Rebinds the command's parameters, in order, and runs it.</summary>
    public static void Run(this DbCommand command, params object?[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    /// <summary>Rebinds the command's parameters and returns the id its RETURNING clause gives.</summary>
    public static int Scalar(this DbCommand command, params object?[] values)
    {
        Bind(command, values);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Bind(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
