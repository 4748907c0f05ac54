using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Areas.Admin.Editing;

/// <summary>
/// Writes a film editor's form into a film: its fields and all its rows, finding the people, organisations,
/// festivals, countries and genres the rows name, and adding those the catalogue does not hold yet. The editor,
/// "new film" and the restore of a film's revision all go through here.
/// </summary>
public sealed class FilmEditor(CatalogueDbContext db, SearchIndexer searchIndexer, IStringLocalizer<InterfaceText> text)
{
    private const int CandidatesShown = 8;

    private readonly HashSet<string> pendingSlugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> newPeople = new(StringComparer.Ordinal);
    private readonly HashSet<Person> people = [];
    private readonly HashSet<Organisation> organisations = [];
    private readonly HashSet<Festival> festivals = [];

    /// <summary>The film, tracked, with every row it has.</summary>
    public Task<Film?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Films
            .Include(f => f.Titles).Include(f => f.Countries).Include(f => f.Genres).Include(f => f.Credits)
            .Include(f => f.Awards).Include(f => f.Selections).Include(f => f.Bibliography).Include(f => f.Editions)
            .Include(f => f.Media).Include(f => f.Notes)
            .AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>
    /// Fills <paramref name="film"/> from the form. A credit whose name fits several people is not guessed: it comes
    /// back as a problem of its row, with the people it may be.
    /// </summary>
    public async Task<FilmEditResult> ApplyAsync(Film film, FilmInput input, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(film);
        ArgumentNullException.ThrowIfNull(input);
        var result = new FilmEditResult();
        var title = input.Title!.Trim();
        EntryRules.SetTitle(film, title);
        film.Year = input.Year;
        film.DurationMinutes = input.DurationMinutes;
        film.Colour = FilmInput.Clean(input.Colour);
        film.SynopsisMarkdown = Text(input.SynopsisMarkdown);
        film.SynopsisSource = FilmInput.Clean(input.SynopsisSource);

        film.Titles.Clear();
        film.Titles.Add(NewTitle(title, TitleKind.Main, FilmInput.Clean(input.TitleLanguage), 0));
        foreach (var (row, i) in input.Titles.Where(t => !t.IsBlank).Select((t, i) => (t, i + 1)))
        {
            var text = row.Text!.Trim();
            film.Titles.Add(NewTitle(text, row.Kind ?? (ScriptDetector.IsLatin(text) ? TitleKind.Alternative : TitleKind.OriginalScript), FilmInput.Clean(row.Language), i));
        }

        film.Countries.Clear();
        foreach (var (country, i) in (await DistinctAsync(FilmInput.SplitList(input.Countries), EntryRules.CountryAsync, c => c.Slug, cancellationToken)).Select((c, i) => (c, i)))
        {
            film.Countries.Add(new FilmCountry { Country = country, Position = i });
        }

        film.Genres.Clear();
        foreach (var (genre, i) in (await DistinctAsync(FilmInput.SplitList(input.Genres), EntryRules.GenreAsync, g => g.Slug, cancellationToken)).Select((g, i) => (g, i)))
        {
            film.Genres.Add(new FilmGenre { Genre = genre, Position = i });
        }

        film.Credits.Clear();
        foreach (var (row, i) in input.Credits.Select((c, i) => (c, i)).Where(r => !r.c.IsBlank))
        {
            var credit = new Credit
            {
                Role = row.Role!.Trim(),
                Position = film.Credits.Count,
                CreditedAs = row.Name!.Trim(),
                CreditedAsOriginal = FilmInput.Clean(row.OriginalName),
                Character = FilmInput.Clean(row.Character),
            };
            var kind = row.Kind ?? (CreditRecord.IsOrganisationRole(credit.Role) ? CreditKind.Organisation : CreditKind.Person);
            if (kind == CreditKind.Organisation)
            {
                credit.Organisation = await OrganisationAsync(row, credit.CreditedAs, now, cancellationToken);
            }
            else if (await PersonAsync(row, credit.CreditedAs, credit.CreditedAsOriginal, now, cancellationToken) is { } person)
            {
                credit.Person = person;
            }
            else
            {
                var candidates = await CandidatesAsync(credit.CreditedAs, cancellationToken);
                result.Problems.Add(($"{nameof(FilmInput.Credits)}[{i}].{nameof(CreditInput.Link)}",
                    text["Several people are credited as “{0}”: choose who this is.", credit.CreditedAs]));
                result.Candidates[i] = candidates;
                continue;
            }

            film.Credits.Add(credit);
        }

        film.Selections.Clear();
        foreach (var (row, i) in input.Selections.Where(s => !s.IsBlank).Select((s, i) => (s, i)))
        {
            var name = row.FestivalName!.Trim();
            film.Selections.Add(new Selection
            {
                Festival = (await FestivalAsync(row.FestivalId, name, FilmInput.Clean(row.FestivalCountry), FilmInput.Clean(row.City), create: true, now, cancellationToken))!,
                City = FilmInput.Clean(row.City),
                Year = row.Year,
                Position = i,
            });
        }

        film.Awards.Clear();
        foreach (var (row, i) in input.Awards.Where(a => !a.IsBlank).Select((a, i) => (a, i)))
        {
            var eventName = row.EventName!.Trim();
            var country = FilmInput.Clean(row.CountryName);
            film.Awards.Add(new Award
            {
                Category = FilmInput.Clean(row.Category),
                EventName = eventName,
                // An award links to a festival of the catalogue that has its event's name and country, and never adds one.
                Festival = await FestivalAsync(row.FestivalId, eventName, country, null, create: false, now, cancellationToken),
                City = FilmInput.Clean(row.City),
                CountryName = country,
                Year = row.Year,
                Position = i,
            });
        }

        film.Bibliography.Clear();
        film.Bibliography.AddRange(input.Bibliography.Where(b => !b.IsBlank).Select((b, i) => new BibliographyEntry
        {
            Title = b.Title!.Trim(), Author = FilmInput.Clean(b.Author), Publication = FilmInput.Clean(b.Publication), Year = b.Year, Position = i,
        }));
        film.Editions.Clear();
        film.Editions.AddRange(input.Editions.Where(e => !e.IsBlank).Select((e, i) => new Edition
        {
            Heading = e.Heading!.Trim(), Publisher = FilmInput.Clean(e.Publisher), Year = e.Year, Title = FilmInput.Clean(e.Title), Extras = Text(e.Extras), Position = i,
        }));
        film.Media.Clear();
        film.Media.AddRange(input.Media.Where(m => !m.IsBlank).Select((m, i) => new MediaItem { Location = m.Location!.Trim(), Caption = FilmInput.Clean(m.Caption), Position = i }));
        film.Notes.Clear();
        film.Notes.AddRange(input.Notes.Where(n => !n.IsBlank).Select((n, i) => new FilmNote { Heading = n.Heading!.Trim(), Text = Text(n.Text)!, Position = i }));
        return result;
    }

    /// <summary>After the save: the film and every entry its rows touched are searchable as they are now.</summary>
    public async Task IndexAsync(Film film, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(film);
        await searchIndexer.IndexFilmAsync(film, cancellationToken);
        await searchIndexer.IndexAsync(people, organisations, festivals, cancellationToken);
    }

    /// <summary>The names of the people, organisations and festivals a form links to, for its selects and links.</summary>
    public async Task<Dictionary<string, string>> LinkNamesAsync(FilmInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var personIds = input.Credits.Select(c => c.LinkedId(CreditKind.Person)).OfType<int>().ToList();
        var organisationIds = input.Credits.Select(c => c.LinkedId(CreditKind.Organisation)).OfType<int>().ToList();
        var festivalIds = input.Selections.Select(s => s.FestivalId).Concat(input.Awards.Select(a => a.FestivalId)).OfType<int>().ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.Slug }).ToListAsync(cancellationToken))
        {
            names[CreditInput.PersonLink(p.Id)] = $"{PersonNameParts.Display(p.Name)} (/people/{p.Slug})";
        }

        foreach (var o in await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.Slug }).ToListAsync(cancellationToken))
        {
            names[CreditInput.OrganisationLink(o.Id)] = $"{o.Name} (/organisations/{o.Slug})";
        }

        foreach (var f in await db.Festivals.AsNoTracking().Where(f => festivalIds.Contains(f.Id)).Select(f => new { f.Id, f.Name, f.Slug }).ToListAsync(cancellationToken))
        {
            names["festival:" + f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = $"/festivals/{f.Slug}";
        }

        return names;
    }

    private static FilmTitle NewTitle(string text, TitleKind kind, string? language, int position) =>
        new() { Text = text, Kind = kind, Script = ScriptDetector.Detect(text), Language = language ?? LanguageGuess.Of(text), Position = position };

    /// <summary>Text from a text area: the browser's CRLF line ends as the records write them.</summary>
    private static string? Text(string? text) => FilmInput.Clean(text?.ReplaceLineEndings("\n"));

    private async Task<List<T>> DistinctAsync<T>(IReadOnlyList<string> names, Func<CatalogueDbContext, string, CancellationToken, Task<T>> find, Func<T, string> key, CancellationToken cancellationToken)
    {
        var found = new List<T>();
        foreach (var name in names)
        {
            var entity = await find(db, name, cancellationToken);
            if (!found.Any(f => key(f) == key(entity)))
            {
                found.Add(entity);
            }
        }

        return found;
    }

    /// <summary>
    /// The person a credit row means: the one it links to; else the one with its original-script name; else the
    /// only one credited under its Latin spelling; else a new person. Null when the spelling fits several.
    /// </summary>
    private async Task<Person?> PersonAsync(CreditInput row, string name, string? originalName, DateTime now, CancellationToken cancellationToken)
    {
        Person? person = null;
        if (row.LinkedId(CreditKind.Person) is { } id)
        {
            person = await db.People.Include(p => p.Names).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        }

        var latinKey = TextFolding.IdentityKey(name);
        var originalKey = originalName is null ? null : TextFolding.IdentityKey(originalName);
        var cacheKey = originalKey ?? "latin:" + latinKey;
        if (person is null && !newPeople.TryGetValue(cacheKey, out person))
        {
            if (originalKey is not null)
            {
                person = await db.People.Include(p => p.Names).FirstOrDefaultAsync(p => p.OriginalNameKey == originalKey, cancellationToken);
            }

            if (person is null)
            {
                var namesakes = await db.People.Include(p => p.Names)
                    .Where(p => p.Names.Any(n => n.Key == latinKey))
                    .Where(p => originalKey == null || p.OriginalNameKey == null)
                    .Take(2)
                    .ToListAsync(cancellationToken);
                if (namesakes.Count > 1)
                {
                    return null;
                }

                person = namesakes.SingleOrDefault();
            }

            if (person is null)
            {
                person = new Person
                {
                    Slug = await EntryRules.UniqueSlugAsync(db.People, Slug.From(PersonNameParts.Display(name)), null, pendingSlugs, cancellationToken),
                    Name = name,
                    IndexLetter = "",
                    SortKey = "",
                    CreatedAt = now,
                    UpdatedAt = now,
                    Version = Guid.NewGuid(),
                };
                EntryRules.SetName(person, name);
                db.People.Add(person);
            }

            newPeople[cacheKey] = person;
        }

        if (person.OriginalName is null && originalName is not null)
        {
            EntryRules.SetOriginalName(person, originalName);
        }

        EntryRules.AddSpelling(person, name);
        if (originalName is not null)
        {
            EntryRules.AddSpelling(person, originalName);
        }

        people.Add(person);
        return person;
    }

    private async Task<IReadOnlyList<KeyValuePair<string, string>>> CandidatesAsync(string name, CancellationToken cancellationToken)
    {
        var key = TextFolding.IdentityKey(name);
        var found = await db.People.AsNoTracking()
            .Where(p => p.Names.Any(n => n.Key == key))
            .OrderBy(p => p.SortKey).Take(CandidatesShown)
            .Select(p => new { p.Id, p.Name, p.OriginalName, p.Slug })
            .ToListAsync(cancellationToken);
        return [.. found.Select(p => KeyValuePair.Create(CreditInput.PersonLink(p.Id),
            $"{PersonNameParts.Display(p.Name)}{(p.OriginalName is null ? "" : $" ({p.OriginalName})")} (/people/{p.Slug})"))];
    }

    private async Task<Organisation> OrganisationAsync(CreditInput row, string name, DateTime now, CancellationToken cancellationToken)
    {
        var key = EntryRules.OrganisationKey(name);
        var organisation = row.LinkedId(CreditKind.Organisation) is { } id ? await db.Organisations.FindAsync([id], cancellationToken) : null;
        organisation ??= db.Organisations.Local.FirstOrDefault(o => o.Key == key)
            ?? await db.Organisations.FirstOrDefaultAsync(o => o.Key == key, cancellationToken);
        if (organisation is null)
        {
            organisation = new Organisation
            {
                Slug = await EntryRules.UniqueSlugAsync(db.Organisations, Slug.From(name), null, pendingSlugs, cancellationToken),
                Name = name,
                Key = key,
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            db.Organisations.Add(organisation);
        }

        organisations.Add(organisation);
        return organisation;
    }

    /// <summary>The festival a row names: the one it links to while its name and country still fit, else the one they name.</summary>
    private async Task<Festival?> FestivalAsync(int? linkedId, string name, string? country, string? city, bool create, DateTime now, CancellationToken cancellationToken)
    {
        var key = EntryRules.FestivalKey(name, country);
        if (linkedId is { } id && await db.Festivals.Include(f => f.Country).FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } linked
            && (linked.Key == key || string.Equals(linked.Name, name, StringComparison.Ordinal)))
        {
            return linked;
        }

        var festival = db.Festivals.Local.FirstOrDefault(f => f.Key == key)
            ?? await db.Festivals.Include(f => f.Country).FirstOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (festival is null && create)
        {
            festival = new Festival
            {
                Slug = await EntryRules.UniqueSlugAsync(db.Festivals, Slug.From(name), null, pendingSlugs, cancellationToken),
                Name = name,
                Key = key,
                City = city,
                Country = country is null ? null : await EntryRules.CountryAsync(db, country, cancellationToken),
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            db.Festivals.Add(festival);
        }

        if (festival is not null)
        {
            festivals.Add(festival);
        }

        return festival;
    }
}

public sealed class FilmEditResult
{
    /// <summary>Problems by the form field they belong to.</summary>
    public List<(string Field, string Message)> Problems { get; } = [];

    public Dictionary<int, IReadOnlyList<KeyValuePair<string, string>>> Candidates { get; } = [];
}
