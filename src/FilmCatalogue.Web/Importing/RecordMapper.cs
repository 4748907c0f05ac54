using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// Fills a film from a record, finding the people, organisations, festivals, countries and genres the catalogue
/// already holds and creating the others. One mapper serves one record: it remembers what it created, so a
/// name that appears twice in the record is one entity.
/// </summary>
internal sealed class RecordMapper(CatalogueDbContext db, DateTime now)
{
    private readonly Dictionary<string, Person> people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Organisation> organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Festival> festivals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Genre> genres = new(StringComparer.Ordinal);
    private readonly HashSet<string> pendingSlugs = new(StringComparer.Ordinal);

    public IEnumerable<Person> TouchedPeople => people.Values.Distinct();
    public IEnumerable<Organisation> TouchedOrganisations => organisations.Values;
    public IEnumerable<Festival> TouchedFestivals => festivals.Values;

    public async Task FillAsync(Film film, FilmRecord record, CancellationToken cancellationToken)
    {
        film.Title = record.MainTitle;
        film.TitleKey = TextFolding.IdentityKey(record.MainTitle);
        film.IndexLetter = RecordImporter.IndexLetter(record.MainTitle);
        film.Year = record.Year;
        film.DurationMinutes = record.DurationMinutes;
        film.Colour = record.Colour;
        film.SynopsisMarkdown = record.Synopsis;
        film.SynopsisSource = record.SynopsisSource;

        film.Titles.Add(NewTitle(record.MainTitle, TitleKind.Main, 0));
        foreach (var (text, i) in record.AlternativeTitles.Select((t, i) => (t, i + 1)))
        {
            film.Titles.Add(NewTitle(text, ScriptDetector.IsLatin(text) ? TitleKind.Alternative : TitleKind.OriginalScript, i));
        }

        foreach (var (name, i) in record.Countries.Distinct(StringComparer.Ordinal).Select((c, i) => (c, i)))
        {
            film.Countries.Add(new FilmCountry { Country = await CountryAsync(name, cancellationToken), Position = i });
        }

        foreach (var (name, i) in record.Genres.Distinct(StringComparer.Ordinal).Select((g, i) => (g, i)))
        {
            film.Genres.Add(new FilmGenre { Genre = await GenreAsync(name, cancellationToken), Position = i });
        }

        foreach (var (credit, i) in record.Credits.Select((c, i) => (c, i)))
        {
            film.Credits.Add(new Credit
            {
                Role = credit.Role,
                Position = i,
                CreditedAs = credit.Name,
                CreditedAsOriginal = credit.OriginalName,
                Character = credit.Character,
                Person = credit.IsOrganisation ? null : await PersonAsync(credit, cancellationToken),
                Organisation = credit.IsOrganisation ? await OrganisationAsync(credit.Name, cancellationToken) : null,
            });
        }

        foreach (var (selection, i) in record.Selections.Select((s, i) => (s, i)))
        {
            film.Selections.Add(new Selection
            {
                Festival = await FestivalAsync(selection.Event, selection.City, selection.Country, cancellationToken),
                City = selection.City,
                Year = selection.Year,
                Position = i,
            });
        }

        foreach (var (award, i) in record.Awards.Select((a, i) => (a, i)))
        {
            film.Awards.Add(new Award
            {
                Category = award.Category,
                EventName = award.Event,
                // Only an award whose event was told apart from its category names a festival.
                Festival = award.Category is null ? null : await FestivalAsync(award.Event, award.City, award.Country, cancellationToken),
                City = award.City,
                CountryName = award.Country,
                Year = award.Year,
                Position = i,
            });
        }

        film.Bibliography.AddRange(record.Bibliography.Select((b, i) => new BibliographyEntry
        {
            Title = b.Title, Author = b.Author, Publication = b.Publication, Year = b.Year, Position = i,
        }));
        film.Editions.AddRange(record.Editions.Select((e, i) => new Edition
        {
            Heading = e.Heading, Publisher = e.Publisher, Year = e.Year, Title = e.Title, Extras = e.Extras, Position = i,
        }));
        film.Media.AddRange(record.Media.Select((m, i) => new MediaItem { Location = m.Location, Caption = m.Caption, Position = i }));
        film.Notes.AddRange(record.Notes.Select((n, i) => new FilmNote { Heading = n.Heading, Text = n.Text, Position = i }));
    }

    private static FilmTitle NewTitle(string text, TitleKind kind, int position)
    {
        return new FilmTitle { Text = text, Kind = kind, Script = ScriptDetector.Detect(text), Language = LanguageGuess.Of(text), Position = position };
    }

    /// <summary>
    /// One person across spellings: the same original-script name is the same person. Without one, a Latin
    /// spelling already credited to exactly one person is that person.
    /// </summary>
    private async Task<Person> PersonAsync(CreditRecord credit, CancellationToken cancellationToken)
    {
        var originalKey = credit.OriginalName is null ? null : TextFolding.IdentityKey(credit.OriginalName);
        var latinKey = TextFolding.IdentityKey(credit.Name);
        var cacheKey = originalKey ?? "latin:" + latinKey;
        if (!people.TryGetValue(cacheKey, out var person))
        {
            person = originalKey is null
                ? await FindByLatinSpellingAsync(latinKey, cancellationToken)
                : await db.People.Include(p => p.Names).FirstOrDefaultAsync(p => p.OriginalNameKey == originalKey, cancellationToken)
                  ?? await FindByLatinSpellingAsync(latinKey, cancellationToken, withoutOriginal: true);
            person ??= await NewPersonAsync(credit.Name, cancellationToken);
            people[cacheKey] = person;
        }

        if (person.OriginalName is null && credit.OriginalName is not null)
        {
            person.OriginalName = credit.OriginalName;
            person.OriginalNameKey = originalKey;
            var family = PersonNameParts.FamilyName(credit.OriginalName);
            person.OriginalIndexLetter = family.Length > 0 ? char.ToUpperInvariant(family[0]).ToString() : null;
            person.OriginalSortKey = TextFolding.IdentityKey($"{family} {PersonNameParts.GivenNames(credit.OriginalName)}");
        }

        AddSpelling(person, credit.Name);
        if (credit.OriginalName is not null)
        {
            AddSpelling(person, credit.OriginalName);
        }

        return person;
    }

    private async Task<Person?> FindByLatinSpellingAsync(string latinKey, CancellationToken cancellationToken, bool withoutOriginal = false)
    {
        var candidates = await db.People.Include(p => p.Names)
            .Where(p => p.Names.Any(n => n.Key == latinKey))
            .Where(p => !withoutOriginal || p.OriginalNameKey == null)
            .Take(2)
            .ToListAsync(cancellationToken);
        // Two namesakes already: the spelling alone cannot say which one is meant.
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private async Task<Person> NewPersonAsync(string name, CancellationToken cancellationToken)
    {
        var family = PersonNameParts.FamilyName(name);
        var person = new Person
        {
            Slug = await UniqueSlugAsync(db.People, PersonNameParts.Display(name), cancellationToken),
            Name = name,
            IndexLetter = RecordImporter.IndexLetter(family),
            SortKey = TextFolding.IdentityKey($"{family} {PersonNameParts.GivenNames(name)}"),
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        db.People.Add(person);
        return person;
    }

    /// <summary>Keeps a new spelling of the person's name; the same letters in other capitals are not a new spelling.</summary>
    private static void AddSpelling(Person person, string name)
    {
        var key = TextFolding.IdentityKey(name);
        if (!person.Names.Any(n => n.Key == key))
        {
            person.Names.Add(new PersonName { Name = name, Key = key, Script = ScriptDetector.Detect(name) });
        }
    }

    private Task<Organisation> OrganisationAsync(string name, CancellationToken cancellationToken)
    {
        var key = TextFolding.IdentityKey(name);
        return FindOrCreateAsync(organisations, key, db.Organisations.Where(o => o.Key == key), async () => new Organisation
        {
            Slug = await UniqueSlugAsync(db.Organisations, name, cancellationToken),
            Name = name,
            Key = key,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        }, cancellationToken);
    }

    private Task<Festival> FestivalAsync(string name, string? city, string? countryName, CancellationToken cancellationToken)
    {
        var key = TextFolding.IdentityKey(name) + "|" + TextFolding.IdentityKey(countryName ?? "");
        return FindOrCreateAsync(festivals, key, db.Festivals.Where(f => f.Key == key), async () => new Festival
        {
            Slug = await UniqueSlugAsync(db.Festivals, name, cancellationToken),
            Name = name,
            Key = key,
            City = city,
            Country = countryName is null ? null : await CountryAsync(countryName, cancellationToken),
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        }, cancellationToken);
    }

    private Task<Country> CountryAsync(string name, CancellationToken cancellationToken)
    {
        var slug = Slug.From(name);
        return FindOrCreateAsync(countries, slug, db.Countries.Where(c => c.Slug == slug),
            () => Task.FromResult(new Country { Name = name, Slug = slug }), cancellationToken);
    }

    private Task<Genre> GenreAsync(string name, CancellationToken cancellationToken)
    {
        var slug = Slug.From(name);
        return FindOrCreateAsync(genres, slug, db.Genres.Where(g => g.Slug == slug),
            () => Task.FromResult(new Genre { Name = name, Slug = slug }), cancellationToken);
    }

    /// <summary>The entity this record already named, else the catalogue's, else a new one (added to the context).</summary>
    private async Task<T> FindOrCreateAsync<T>(Dictionary<string, T> seen, string key, IQueryable<T> existing, Func<Task<T>> create, CancellationToken cancellationToken)
        where T : class
    {
        if (!seen.TryGetValue(key, out var entity))
        {
            entity = await existing.FirstOrDefaultAsync(cancellationToken);
            if (entity is null)
            {
                entity = await create();
                db.Add(entity);
            }

            seen[key] = entity;
        }

        return entity;
    }

    private async Task<string> UniqueSlugAsync<T>(IQueryable<T> set, string name, CancellationToken cancellationToken)
        where T : class
    {
        var slug = await RecordImporter.UniqueSlugAsync(set, Slug.From(name), cancellationToken, pendingSlugs);
        pendingSlugs.Add(slug);
        return slug;
    }
}
