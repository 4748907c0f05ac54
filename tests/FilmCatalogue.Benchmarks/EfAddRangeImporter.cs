using System.Diagnostics;
using System.Globalization;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Importing;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Benchmarks;

/// <summary>
/// The reference the app's importer is measured against: the same records into the same schema through EF Core,
/// entities built in memory (people, studios, festivals, countries and genres found in dictionaries, not queried),
/// then AddRange + SaveChanges, one context and one SaveChanges per 1,000 films. It does less than the app's importer
/// (no search index, no revisions, no update or curator-edit checks, no savepoints), so the ratio it gives is a
/// conservative one. Given a time limit, it stops after the batch that reaches it and says how far it got: its rate
/// over the first films, when the database is smallest, flatters it.
/// </summary>
internal static class EfAddRangeImporter
{
    private const int BatchSize = 1000;

    public static int Run(string corpus, string database, TimeSpan limit, TextWriter output)
    {
        var options = new DbContextOptionsBuilder<CatalogueDbContext>().UseSqlite($"Data Source={database}").Options;
        using (var db = new CatalogueDbContext(options))
        {
            db.Database.Migrate();
        }

        var files = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var events = RecordImporter.EventsNamedIn(files.Select(f => (ReadOnlyMemory<byte>)File.ReadAllBytes(f))).ToList();
        var clock = Stopwatch.StartNew();
        var ids = new Ids();
        var now = DateTime.UtcNow;
        var imported = 0;
        foreach (var chunk in files.Chunk(BatchSize))
        {
            if (clock.Elapsed >= limit)
            {
                break;
            }

            using var db = new CatalogueDbContext(options);
            var batch = new Batch(ids, now);
            var films = new List<Film>();
            foreach (var file in chunk)
            {
                if (RecordReader.Read(File.ReadAllBytes(file), file, events).Record is { } record)
                {
                    films.Add(batch.Film(record));
                    db.ImportedRecords.Add(new ImportedRecord { ContentHash = RecordImporter.ContentHash(record), SourceName = Path.GetFileName(file), ImportedAt = now });
                }
            }

            db.Films.AddRange(films);
            db.SaveChanges();
            batch.Remember();
            imported += chunk.Length;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ef-addrange: {imported} films in {clock.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }

    /// <summary>Ids of what earlier batches saved, by key.</summary>
    private sealed class Ids
    {
        public Dictionary<string, int> People { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Organisations { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Festivals { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Countries { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Genres { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Slugs { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>One batch's new entities, by key; after SaveChanges their ids join <see cref="Ids"/>.</summary>
    private sealed class Batch(Ids ids, DateTime now)
    {
        private readonly Dictionary<string, Person> people = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Organisation> organisations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Festival> festivals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Country> countries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Genre> genres = new(StringComparer.Ordinal);

        public Film Film(FilmRecord record)
        {
            var film = new Film
            {
                Slug = UniqueSlug(record.Year is { } y ? $"{record.MainTitle} {y}" : record.MainTitle, "film"),
                Title = record.MainTitle, TitleKey = TextFolding.IdentityKey(record.MainTitle), IndexLetter = "#",
                Year = record.Year, DurationMinutes = record.DurationMinutes, Colour = record.Colour,
                SynopsisMarkdown = record.Synopsis, SynopsisSource = record.SynopsisSource, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            };
            film.Titles.Add(new FilmTitle { Text = record.MainTitle, Kind = TitleKind.Main, Position = 0 });
            film.Titles.AddRange(record.AlternativeTitles.Select((t, i) => new FilmTitle { Text = t, Kind = TitleKind.Alternative, Position = i + 1 }));
            foreach (var (name, i) in record.Countries.Distinct().Select((c, i) => (c, i)))
            {
                var link = new FilmCountry { Position = i };
                Resolve(Slug.From(name), ids.Countries, countries, () => new Country { Name = name, Slug = Slug.From(name) }, id => link.CountryId = id, c => link.Country = c);
                film.Countries.Add(link);
            }

            foreach (var (name, i) in record.Genres.Distinct().Select((g, i) => (g, i)))
            {
                var link = new FilmGenre { Position = i };
                Resolve(Slug.From(name), ids.Genres, genres, () => new Genre { Name = name, Slug = Slug.From(name) }, id => link.GenreId = id, g => link.Genre = g);
                film.Genres.Add(link);
            }

            foreach (var (c, i) in record.Credits.Select((c, i) => (c, i)))
            {
                var credit = new Credit { Role = c.Role, Position = i, CreditedAs = c.Name, CreditedAsOriginal = c.OriginalName, Character = c.Character };
                if (c.IsOrganisation)
                {
                    Resolve(TextFolding.IdentityKey(c.Name), ids.Organisations, organisations,
                        () => new Organisation { Slug = UniqueSlug(c.Name, "organisation"), Name = c.Name, Key = TextFolding.IdentityKey(c.Name), CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid() },
                        id => credit.OrganisationId = id, o => credit.Organisation = o);
                }
                else
                {
                    Resolve(TextFolding.IdentityKey(c.OriginalName ?? c.Name), ids.People, people, () => NewPerson(c), id => credit.PersonId = id, p => credit.Person = p);
                }

                film.Credits.Add(credit);
            }

            foreach (var (s, i) in record.Selections.Select((s, i) => (s, i)))
            {
                var selection = new Selection { City = s.City, Year = s.Year, Position = i };
                Resolve(TextFolding.IdentityKey(s.Event) + "|" + TextFolding.IdentityKey(s.Country ?? ""), ids.Festivals, festivals,
                    () => new Festival { Slug = UniqueSlug(s.Event, "festival"), Name = s.Event, Key = TextFolding.IdentityKey(s.Event) + "|" + TextFolding.IdentityKey(s.Country ?? ""), City = s.City, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid() },
                    id => selection.FestivalId = id, f => selection.Festival = f);
                film.Selections.Add(selection);
            }

            film.Awards.AddRange(record.Awards.Select((a, i) => new Award { Category = a.Category, EventName = a.Event, City = a.City, CountryName = a.Country, Year = a.Year, Position = i }));
            film.Bibliography.AddRange(record.Bibliography.Select((b, i) => new BibliographyEntry { Title = b.Title, Author = b.Author, Publication = b.Publication, Year = b.Year, Position = i }));
            film.Editions.AddRange(record.Editions.Select((e, i) => new Edition { Heading = e.Heading, Publisher = e.Publisher, Year = e.Year, Title = e.Title, Extras = e.Extras, Position = i }));
            film.Media.AddRange(record.Media.Select((m, i) => new MediaItem { Location = m.Location, Caption = m.Caption, Position = i }));
            film.Notes.AddRange(record.Notes.Select((n, i) => new FilmNote { Heading = n.Heading, Text = n.Text, Position = i }));
            return film;
        }

        public void Remember()
        {
            foreach (var (key, person) in people)
            {
                ids.People[key] = person.Id;
            }

            foreach (var (key, organisation) in organisations)
            {
                ids.Organisations[key] = organisation.Id;
            }

            foreach (var (key, festival) in festivals)
            {
                ids.Festivals[key] = festival.Id;
            }

            foreach (var (key, country) in countries)
            {
                ids.Countries[key] = country.Id;
            }

            foreach (var (key, genre) in genres)
            {
                ids.Genres[key] = genre.Id;
            }
        }

        private Person NewPerson(CreditRecord credit)
        {
            var person = new Person
            {
                Slug = UniqueSlug(PersonNameParts.Display(credit.Name), "person"), Name = credit.Name, OriginalName = credit.OriginalName,
                OriginalNameKey = credit.OriginalName is null ? null : TextFolding.IdentityKey(credit.OriginalName),
                IndexLetter = "#", SortKey = TextFolding.IdentityKey(credit.Name), CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            };
            person.Names.Add(new PersonName { Name = credit.Name, Key = TextFolding.IdentityKey(credit.Name) });
            if (credit.OriginalName is not null)
            {
                person.Names.Add(new PersonName { Name = credit.OriginalName, Key = TextFolding.IdentityKey(credit.OriginalName) });
            }

            return person;
        }

        private static void Resolve<T>(string key, Dictionary<string, int> saved, Dictionary<string, T> pending, Func<T> create, Action<int> byId, Action<T> byEntity)
        {
            if (saved.TryGetValue(key, out var id))
            {
                byId(id);
                return;
            }

            if (!pending.TryGetValue(key, out var entity))
            {
                pending[key] = entity = create();
            }

            byEntity(entity);
        }

        private string UniqueSlug(string text, string kind)
        {
            var slug = Slug.Unique(Slug.From(text), s => ids.Slugs.Contains(kind + ":" + s));
            ids.Slugs.Add(kind + ":" + slug);
            return slug;
        }
    }
}
