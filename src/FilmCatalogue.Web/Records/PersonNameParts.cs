using System.Globalization;

namespace FilmCatalogue.Web.Records;

/// <summary>
/// The record format writes a person's given names first and the family name in capitals
/// ("Sergey LOZNITSA", "Aurélien VERNHES-LERMUSIAUX"); these helpers read that convention.
/// </summary>
public static class PersonNameParts
{
    /// <summary>The words written in capitals, or the last word when none is.</summary>
    public static string FamilyName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = words.Where(IsCapitalised).ToArray();
        return capitals.Length > 0 ? string.Join(' ', capitals) : words.LastOrDefault() ?? name;
    }

    public static string GivenNames(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = words.Where(IsCapitalised).ToArray();
        return capitals.Length > 0
            ? string.Join(' ', words.Where(w => !IsCapitalised(w)))
            : string.Join(' ', words.SkipLast(1));
    }

    /// <summary>"Sergey LOZNITSA" → "Sergey Loznitsa": the capitals are a filing convention, not how a name reads.</summary>
    public static string Display(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => IsCapitalised(w) ? TitleCase(w) : w));

    /// <summary>Whether the word has more than one letter and every letter is a capital.</summary>
    private static bool IsCapitalised(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }

    private static string TitleCase(string word)
    {
        var chars = word.ToLower(CultureInfo.InvariantCulture).ToCharArray();
        var startOfPart = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (startOfPart && char.IsLetter(chars[i]))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }

            // Each part of a hyphenated or apostrophised name starts with a capital: Vernhes-Lermusiaux, O'Brien.
            startOfPart = !char.IsLetter(chars[i]);
        }

        return new string(chars);
    }
}
