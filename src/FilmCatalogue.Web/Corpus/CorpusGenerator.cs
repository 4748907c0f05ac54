using System.Globalization;
using System.Text;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;

namespace FilmCatalogue.Web.Corpus;

/// <summary>
/// A synthetic catalogue of any size, for measuring: the same seed and size always give the same records, byte for
/// byte. The shapes follow the real archive: people and studios shared across films with a long tail (a few
/// directors in dozens of films, most people in one or two), names in Cyrillic with their Latin spelling or in Latin
/// alone, a few hundred festivals, 0–25 selections, awards given at festivals the film was selected in, bibliography,
/// home-video editions and a synopsis.
/// </summary>
public sealed class CorpusGenerator
{
    private const int FestivalCount = 320;

    private static readonly string[] CyrillicGivenNames =
    [
        "Сергей", "Александр", "Андрей", "Алексей", "Дмитрий", "Михаил", "Николай", "Иван", "Павел", "Владимир",
        "Юрий", "Виктор", "Олег", "Игорь", "Борис", "Григорий", "Фёдор", "Кирилл", "Артём", "Евгений",
        "Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Вера", "Людмила",
        "Лариса", "Кира", "Дарья", "Ксения", "Юлия",
    ];

    private static readonly string[] CyrillicFamilyNames =
    [
        "Лозница", "Костомаров", "Головницкий", "Тельнов", "Норштейн", "Тарковский", "Сокуров", "Герман", "Муратова",
        "Шепитько", "Звягинцев", "Балабанов", "Михалков", "Кончаловский", "Рязанов", "Данелия", "Хуциев", "Климов",
        "Параджанов", "Иоселиани", "Абдрашитов", "Миндадзе", "Хржановский", "Попогребский", "Хлебников", "Федорченко",
        "Сигарев", "Серебренников", "Мизгирёв", "Звонарёв", "Бекмамбетов", "Учитель", "Прошкин", "Быков", "Лунгин",
        "Говорухин", "Панфилов", "Чурикова", "Гурченко", "Мордюкова", "Смоктуновский", "Янковский", "Абдулов",
        "Леонов", "Никулин", "Щукин", "Ткачук", "Юсов", "Рерберг", "Княжинский", "Лебешев", "Медведев", "Жуков",
        "Соколов", "Попов", "Волков", "Зайцев", "Морозов", "Киселёв", "Орлов", "Белов", "Громов", "Носов",
    ];

    private static readonly string[] LatinGivenNames =
    [
        "Jean", "Marie", "Pierre", "Agnès", "Claire", "François", "Luc", "Hélène", "Chantal", "Michel", "Anne",
        "Paolo", "Giulia", "Marco", "Francesca", "Luca", "Hans", "Ulrike", "Werner", "Jürgen", "Wim", "Ingrid",
        "Lars", "Astrid", "Krzysztof", "Agnieszka", "Andrzej", "Béla", "Márta", "Miklós", "João", "Inês", "Pedro",
        "Carmen", "José", "Isabel", "Ken", "Aki", "Jan", "Věra", "Miloš", "Ioana", "Cristian", "Radu", "Corneliu",
    ];

    private static readonly string[] LatinFamilyNames =
    [
        "DUMONT", "VARDA", "AKERMAN", "GODARD", "RIVETTE", "PHILIBERT", "DEPARDON", "MARKER", "RESNAIS", "DENIS",
        "GARREL", "ROHMER", "ROSSELLINI", "ANTONIONI", "PASOLINI", "OLMI", "ROSI", "HERZOG", "WENDERS", "FASSBINDER",
        "KLUGE", "SCHROETER", "BERGMAN", "TROELL", "KIEŚLOWSKI", "WAJDA", "HOLLAND", "ZANUSSI", "TARR", "JANCSÓ",
        "MÉSZÁROS", "OLIVEIRA", "COSTA", "GOMES", "ERICE", "GUERÍN", "KAURISMÄKI", "CHYTILOVÁ", "FORMAN", "MENZEL",
        "PUIU", "MUNGIU", "PORUMBOIU", "VAN DER KEUKEN", "IVENS", "STORCK", "DE HEUSCH", "VERNHES-LERMUSIAUX",
        "SOLANO", "ALBERA", "BARSKOVA", "DELAHAYE", "LEBLANC", "MOREAU", "FONTAINE", "MERCIER", "ROUSSEAU",
    ];

    private static readonly string[] TitleWords =
    [
        "Siege", "Event", "Fog", "Hedgehog", "River", "Winter", "Mirror", "Stalker", "Factory", "Border", "Harbour",
        "Letter", "Silence", "Garden", "Station", "Steppe", "Island", "Mother", "Brother", "Sister", "Train", "Bridge",
        "Forest", "Snow", "Lighthouse", "Orchard", "Village", "Archive", "Chronicle", "Portrait", "Voyage", "Return",
        "Song", "Dream", "Night", "Morning", "Summer", "Autumn", "Blockade", "Trial", "Square", "Maidan", "Donbass",
        "Gentle", "Creature", "Landscape", "Memory", "Echo", "Shadow", "Window", "Door", "House", "Field", "Sea",
        "Wind", "Fire", "Stone", "Bread", "Salt", "Iron", "Glass", "Clock", "Mountain", "Valley", "Road",
    ];

    private static readonly string[] TitleAdjectives =
    [
        "Last", "First", "Long", "Quiet", "Distant", "Cold", "Bright", "Northern", "Southern", "Lost", "Hidden",
        "Empty", "Open", "Old", "New", "White", "Black", "Red", "Blue", "Golden", "Small", "Great", "Second", "Other",
    ];

    private static readonly string[] CyrillicTitleWords =
    [
        "Блокада", "Событие", "Ёжик", "Туман", "Река", "Зима", "Зеркало", "Завод", "Граница", "Письмо", "Тишина",
        "Сад", "Вокзал", "Степь", "Остров", "Мать", "Брат", "Поезд", "Мост", "Лес", "Снег", "Маяк", "Деревня",
        "Архив", "Хроника", "Портрет", "Возвращение", "Песня", "Сон", "Ночь", "Утро", "Лето", "Осень",
    ];

    private static readonly (string City, string Country)[] Places =
    [
        ("Paris", "France"), ("Lussas", "France"), ("La Rochelle", "France"), ("Honfleur", "France"), ("Toulouse", "France"),
        ("Nyon", "Switzerland"), ("Locarno", "Switzerland"), ("Leipzig", "Germany"), ("Wiesbaden", "Germany"),
        ("Berlin", "Germany"), ("Oberhausen", "Germany"), ("Amsterdam", "Netherlands"), ("Rotterdam", "Netherlands"),
        ("Trieste", "Italy"), ("Pesaro", "Italy"), ("Venice", "Italy"), ("Karlovy Vary", "Czech Republic"),
        ("Jihlava", "Czech Republic"), ("Bratislava", "Slovakia"), ("Kraków", "Poland"), ("Warsaw", "Poland"),
        ("San Sebastian", "Spain"), ("Sao Paulo", "Brazil"), ("Moscow", "Russia"), ("St Petersburg", "Russia"),
        ("Sochi", "Russia"), ("Vyborg", "Russia"), ("Kyiv", "Ukraine"), ("Odesa", "Ukraine"), ("Riga", "Latvia"),
        ("Tallinn", "Estonia"), ("Vilnius", "Lithuania"), ("Sheffield", "United Kingdom"), ("Edinburgh", "United Kingdom"),
        ("Toronto", "Canada"), ("Montreal", "Canada"), ("New York", "USA"), ("Yamagata", "Japan"), ("Busan", "South Korea"),
        ("Copenhagen", "Denmark"),
    ];

    private static readonly string[] FestivalKinds =
    [
        "International Film Festival", "International Documentary Film Festival", "Festival of Central and Eastern Film",
        "Russian Film Festival", "Short Film Festival", "Film Week", "Days of Cinema", "Cine-Forum",
    ];

    private static readonly string[] Countries =
    [
        "Russia", "France", "Ukraine", "Germany", "Netherlands", "Latvia", "Belarus", "Poland", "Italy", "Georgia",
        "Kazakhstan", "Lithuania", "Estonia", "Finland", "Czech Republic", "Belgium", "Switzerland", "USA",
    ];

    private static readonly string[] Genres =
    [
        "documentary", "drama", "war", "history", "animation", "comedy", "biography", "music", "experimental",
        "essay", "short", "society", "politics", "archive", "portrait",
    ];

    private static readonly string[] Colours = ["Colour", "Black and white", "Colour", "Color", "Black and white and colour"];

    private static readonly string[] OrganisationKinds = ["Film Studio", "Documentary Film Studio", "Productions", "Films", "Pictures", "Distribution"];

    private static readonly string[] CrewRoles = ["Writing credits", "Sound", "Music", "Art direction", "Produced by"];

    private static readonly string[] AwardCategories =
    [
        "Best documentary", "Grand prize", "Special mention", "Audience award", "Best director", "Jury prize", "Best editing",
    ];

    private static readonly string[] Characters = ["the doctor", "the mother", "a soldier", "the teacher", "the stranger", "herself", "himself", "the driver"];

    private static readonly string[] Publishers = ["Juste Doc", "Potemkine", "Arte Éditions", "Lobster Films", "Montparnasse", "RUSCICO"];

    private static readonly string[] Publications = ["Décadrages", "Cahiers du cinéma", "Positif", "Sight and Sound", "Iskusstvo Kino", "Trafic", "Film Comment", ""];

    private static readonly string[] SynopsisWords =
    [
        "the", "film", "follows", "a", "village", "during", "winter", "archive", "footage", "of", "city", "life", "and",
        "time", "memory", "war", "river", "people", "their", "work", "in", "factory", "years", "after", "camera",
        "watches", "silence", "crowd", "square", "history", "faces", "light", "children", "old", "voices", "road",
    ];

    private readonly Random random;
    private readonly int filmCount;
    private readonly int personPool;
    private readonly int organisationPool;
    private readonly HashSet<string> titles = new(StringComparer.Ordinal);

    /// <param name="filmCount">How many films the corpus holds: the pools of people and studios grow with it.</param>
    public CorpusGenerator(int filmCount, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(filmCount);
        this.filmCount = filmCount;
        random = new Random(seed);
        // Two people for every film, one studio for every twenty: with ~7 credits a film, the long tail of the draw
        // leaves most people in one or two films and a few in hundreds.
        personPool = Math.Max(200, filmCount * 2);
        organisationPool = Math.Max(40, filmCount / 20);
    }

    /// <summary>The records, in order. Enumerate once: the sequence draws from the generator's one random stream.</summary>
    public IEnumerable<FilmRecord> Films()
    {
        for (var i = 0; i < filmCount; i++)
        {
            yield return Film();
        }
    }

    /// <summary>Writes the corpus into <paramref name="directory"/> as <c>000001.txt</c>, …; returns how many files.</summary>
    public int WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        var n = 0;
        foreach (var record in Films())
        {
            n++;
            File.WriteAllText(Path.Combine(directory, n.ToString("D6", CultureInfo.InvariantCulture) + ".txt"), RecordWriter.Write(record), utf8);
        }

        return n;
    }

    private FilmRecord Film()
    {
        var year = 1925 + random.Next(100);
        var russian = random.NextDouble() < 0.55;
        var (mainTitle, original) = Title(year, russian);
        var selections = Selections(year);
        return new FilmRecord
        {
            Countries = Distinct(1 + Skewed(3), () => russian && random.NextDouble() < 0.7 ? "Russia" : Countries[Skewed(Countries.Length)]),
            Year = year,
            DurationMinutes = random.NextDouble() < 0.95 ? 5 + random.Next(180) : null,
            Colour = Colours[random.Next(Colours.Length)],
            Genres = Distinct(1 + random.Next(3), () => Genres[Skewed(Genres.Length)]),
            MainTitle = mainTitle,
            AlternativeTitles = original is null ? [] : [original],
            Credits = Credits(),
            Awards = Awards(selections),
            Editions = Editions(mainTitle),
            Synopsis = random.NextDouble() < 0.9 ? Synopsis() : null,
            SynopsisSource = random.NextDouble() < 0.5 ? Publishers[random.Next(Publishers.Length)] : null,
            Bibliography = Bibliography(year),
            Selections = selections,
        };
    }

    /// <summary>A title no other film of the corpus has in the same year, so every record is a film of its own.</summary>
    private (string Main, string? Original) Title(int year, bool russian)
    {
        string main;
        var n = 1;
        var words = random.Next(3) switch
        {
            0 => $"The {TitleWords[random.Next(TitleWords.Length)]}",
            1 => $"The {TitleAdjectives[random.Next(TitleAdjectives.Length)]} {TitleWords[random.Next(TitleWords.Length)]}",
            _ => $"{TitleWords[random.Next(TitleWords.Length)]} of the {TitleWords[random.Next(TitleWords.Length)]}",
        };
        do
        {
            main = n == 1 ? words : $"{words} {n}";
            n++;
        }
        while (!titles.Add(TextFolding.IdentityKey(main) + "|" + year.ToString(CultureInfo.InvariantCulture)));

        var original = russian ? $"{CyrillicTitleWords[random.Next(CyrillicTitleWords.Length)]} {CyrillicTitleWords[random.Next(CyrillicTitleWords.Length)].ToLowerInvariant()}" : null;
        return (main, original);
    }

    private List<CreditRecord> Credits()
    {
        var credits = new List<CreditRecord>();
        AddPeople(credits, "Directed by", 1 + (random.NextDouble() < 0.15 ? 1 : 0), directors: true);
        AddPeople(credits, "Writing credits", random.Next(3), directors: true);
        AddPeople(credits, "Cinematography", 1, directors: false);
        foreach (var role in CrewRoles.Skip(1))
        {
            AddPeople(credits, role, random.NextDouble() < 0.5 ? 1 : 0, directors: false);
        }

        AddPeople(credits, "Editing", 1, directors: false);
        foreach (var organisation in Distinct(1 + Skewed(2), () => Organisation(Skewed(organisationPool))))
        {
            credits.Add(new CreditRecord("Production", organisation));
        }

        var cast = random.NextDouble() < 0.4 ? random.Next(1, 9) : 0;
        var castPeople = new HashSet<int>();
        for (var i = 0; i < cast; i++)
        {
            var index = Skewed(personPool);
            if (castPeople.Add(index))
            {
                var (name, originalName) = Person(index);
                credits.Add(new CreditRecord("Cast", name, originalName, Characters[random.Next(Characters.Length)]));
            }
        }

        if (random.NextDouble() < 0.2)
        {
            credits.Add(new CreditRecord("Distribution", Organisation(Skewed(organisationPool))));
        }

        return credits;
    }

    private void AddPeople(List<CreditRecord> credits, string role, int count, bool directors)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            // Directors and writers come from a smaller circle than crew: the same names recur across many films.
            var index = Skewed(directors ? Math.Max(50, personPool / 10) : personPool);
            if (seen.Add(index))
            {
                var (name, originalName) = Person(index);
                credits.Add(new CreditRecord(role, name, originalName));
            }
        }
    }

    /// <summary>
    /// Person number <paramref name="index"/>, always the same name: two thirds Cyrillic with their Latin spelling,
    /// the rest Latin alone. Names are distinct for distinct indexes (a generation suffix keeps them apart).
    /// </summary>
    public static (string Name, string? OriginalName) Person(int index)
    {
        if (index % 3 != 2)
        {
            var i = index / 3 * 2 + index % 3;
            var given = CyrillicGivenNames[i % CyrillicGivenNames.Length];
            var family = CyrillicFamilyNames[i / CyrillicGivenNames.Length % CyrillicFamilyNames.Length];
            var generation = i / (CyrillicGivenNames.Length * CyrillicFamilyNames.Length);
            if (generation > 0)
            {
                family = family + "-" + CyrillicFamilyNames[(generation - 1) % CyrillicFamilyNames.Length]
                    + (generation > CyrillicFamilyNames.Length ? "-" + CyrillicFamilyNames[(generation - 1) / CyrillicFamilyNames.Length % CyrillicFamilyNames.Length] : "");
            }

            var original = $"{given} {family.ToUpperInvariant()}";
            return (TextFolding.Transliterate(original), original);
        }

        var j = index / 3;
        var latinGiven = LatinGivenNames[j % LatinGivenNames.Length];
        var latinFamily = LatinFamilyNames[j / LatinGivenNames.Length % LatinFamilyNames.Length];
        var latinGeneration = j / (LatinGivenNames.Length * LatinFamilyNames.Length);
        if (latinGeneration > 0)
        {
            latinFamily = latinFamily + "-" + LatinFamilyNames[(latinGeneration - 1) % LatinFamilyNames.Length]
                + (latinGeneration > LatinFamilyNames.Length ? "-" + LatinFamilyNames[(latinGeneration - 1) / LatinFamilyNames.Length % LatinFamilyNames.Length] : "");
        }

        return ($"{latinGiven} {latinFamily}", null);
    }

    private static string Organisation(int index)
    {
        var place = Places[index % Places.Length].City;
        var kind = OrganisationKinds[index / Places.Length % OrganisationKinds.Length];
        var number = index / (Places.Length * OrganisationKinds.Length);
        return number == 0 ? $"{place} {kind}" : $"{place} {kind} {number + 1}";
    }

    private static (string Name, string City, string Country) Festival(int index)
    {
        var (city, country) = Places[index % Places.Length];
        var kind = FestivalKinds[index / Places.Length % FestivalKinds.Length];
        return ($"{city} {kind}", city, country);
    }

    private List<SelectionRecord> Selections(int year)
    {
        var count = random.NextDouble() < 0.25 ? 0 : Math.Min(25, 1 + Skewed(25));
        var festivals = Distinct(count, () => Festival(Skewed(FestivalCount)));
        return [.. festivals.Select(f => new SelectionRecord(f.Name, f.City, f.Country, year + random.Next(4)))
            .OrderByDescending(s => s.Year)];
    }

    private List<AwardRecord> Awards(List<SelectionRecord> selections)
    {
        var awards = new List<AwardRecord>();
        foreach (var selection in selections)
        {
            if (random.NextDouble() < 0.12)
            {
                awards.Add(new AwardRecord(AwardCategories[random.Next(AwardCategories.Length)], selection.Event, selection.City, selection.Country, selection.Year));
            }
        }

        return awards;
    }

    private List<EditionRecord> Editions(string title)
    {
        var count = random.NextDouble() < 0.7 ? 0 : 1 + Skewed(2);
        return [.. Enumerable.Range(0, count).Select(_ => new EditionRecord(
            random.NextDouble() < 0.5 ? "DVD with subtitles" : "DVD",
            Publishers[random.Next(Publishers.Length)],
            2000 + random.Next(25),
            $"{title} and other films",
            random.NextDouble() < 0.5 ? $"Interview with the director ({5 + random.Next(40)} mn)." : null))];
    }

    private string Synopsis()
    {
        var paragraphs = new List<string>();
        for (var p = 0; p < 1 + random.Next(3); p++)
        {
            var words = Enumerable.Range(0, 25 + random.Next(60)).Select(_ => SynopsisWords[random.Next(SynopsisWords.Length)]).ToList();
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
            paragraphs.Add(string.Join(' ', words) + ".");
        }

        return string.Join("\n\n", paragraphs);
    }

    private List<BibliographyRecord> Bibliography(int year)
    {
        var count = random.NextDouble() < 0.5 ? 0 : 1 + Skewed(6);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var author = Person(Skewed(personPool)).Name;
            var publication = Publications[random.Next(Publications.Length)];
            return new BibliographyRecord(
                $"On {TitleWords[random.Next(TitleWords.Length)].ToLowerInvariant()} and {TitleWords[random.Next(TitleWords.Length)].ToLowerInvariant()}",
                author, publication.Length == 0 ? null : publication, year + random.Next(20));
        })];
    }

    /// <summary>A draw in [0, n) where small numbers are far likelier: a long tail, as credits and selections have.</summary>
    private int Skewed(int n)
    {
        var u = random.NextDouble();
        return Math.Min(n - 1, (int)(n * u * u * u));
    }

    private static List<T> Distinct<T>(int count, Func<T> draw)
    {
        var items = new List<T>();
        // A bounded number of draws: a small pool may not hold `count` distinct items.
        for (var attempt = 0; items.Count < count && attempt < count * 4; attempt++)
        {
            var item = draw();
            if (!items.Contains(item))
            {
                items.Add(item);
            }
        }

        return items;
    }
}
