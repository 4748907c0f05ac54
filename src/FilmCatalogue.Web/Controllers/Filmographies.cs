using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;

// The role page's keyset compares titles inside EF queries, as the indexes' paging does: string.Compare is translated
// to an ordinal comparison on both databases, and the overloads that name a StringComparison are not translated.
#pragma warning disable CA1309, CA1310

namespace FilmCatalogue.Web.Controllers;

/// <summary>
/// The films of a person or an organisation by role, as their page and their role pages list them: the page lists
/// up to <see cref="EntriesPerPage"/> films spread over the roles, and each role has a page of its own with every
/// film, newest first (by title within a year), a page at a time.
/// </summary>
public static class Filmographies
{
    /// <summary>
    /// The films a person's or an organisation's page lists in all, spread over their roles (<see cref="Shares"/>): a
    /// role with more films than its share shows its newest and links to its own page, as does each page of a role.
    /// At 100,000 films one person's page listed 2,578 films in 683 KB, one studio's 8,394 in 2 MB.
    /// </summary>
    public const int EntriesPerPage = 120;

    /// <summary>A role's part of its page's address: "Directed by" is "directed-by".</summary>
    public static string RoleSlug(string role) => Slug.From(role);

    /// <summary>
    /// Credits grouped by role (in the order of <paramref name="credits"/>, whatever the case of the role), each
    /// role's newest films as many as its share of the page, and the year of every film, shown or not.
    /// </summary>
    /// <param name="credits">Every credit of one person or organisation, in the order their roles come.</param>
    /// <param name="usualName">The name the entry is filed under: a credit that spells it otherwise says so.</param>
    /// <param name="href">The entry's page, to which a role's page adds the role ("/people/x" + "/directed-by").</param>
    internal static async Task<(IReadOnlyList<RoleFilmography> Roles, IReadOnlyList<int> Years)> ByRoleAsync(
        CatalogueDbContext db, IQueryable<Credit> credits, string usualName, string href, CancellationToken cancellationToken)
    {
        // Every credit with its film's year and title, which order a role's films: only the films shown are read in full.
        var rows = await credits
            .Select(c => new { c.Role, c.FilmId, c.Character, c.CreditedAs, c.Film.Year, c.Film.Title })
            .ToListAsync(cancellationToken);
        var roles = rows
            .GroupBy(c => c.Role, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.DistinctBy(c => c.FilmId).OrderByDescending(c => c.Year ?? 0).ThenBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.FilmId).ToList())
            .ToList();
        var shares = Shares([.. roles.Select(r => r.Count)], EntriesPerPage);
        var shownIds = roles.SelectMany((r, i) => r.Take(shares[i])).Select(c => c.FilmId).Distinct().ToList();
        var films = await db.Films.AsNoTracking().Where(f => shownIds.Contains(f.Id)).ToSummariesWithIds()
            .ToDictionaryAsync(r => r.Id, r => r.Summary, cancellationToken);
        var filmography = roles.Select((r, i) => new RoleFilmography(r[0].Role, [.. r.Take(shares[i])
                .Select(c => new FilmographyEntry(films[c.FilmId], c.Character, c.CreditedAs == usualName ? null : c.CreditedAs))])
            {
                Total = r.Count,
                AllHref = r.Count > shares[i] ? $"{href}/{RoleSlug(r[0].Role)}" : null,
            }).ToList();
        return (filmography, [.. rows.DistinctBy(c => c.FilmId).Select(c => c.Year).OfType<int>()]);
    }

    /// <summary>
    /// One page of every film of one role (<paramref name="role"/>, as its address spells it), newest first, a page
    /// at a time by keyset (the film before the page), so that the last page costs what the first does; null when
    /// the entry has no such role.
    /// </summary>
    /// <param name="credits">Every credit of one person or organisation.</param>
    /// <param name="roles">The labels of the entry's roles, the one credits name first first.</param>
    /// <param name="name">The entry's name as pages show it.</param>
    /// <param name="usualName">The name the entry is filed under: a credit that spells it otherwise says so.</param>
    /// <param name="href">The entry's page.</param>
    /// <param name="after">The last film of the page before, if any.</param>
    internal static async Task<RoleFilmographyPage?> RolePageAsync(CatalogueDbContext db, IQueryable<Credit> credits, IEnumerable<string> roles,
        string role, string name, string usualName, string href, int? after, CancellationToken cancellationToken)
    {
        // The labels credits spell this role with ("Directed by", and any spelling that differs only in case).
        var labels = roles.Where(r => RoleSlug(r) == role).ToList();
        if (labels.Count == 0)
        {
            return null;
        }

        credits = credits.Where(c => labels.Contains(c.Role));
        var films = credits.Select(c => new { c.FilmId, Year = c.Film.Year ?? 0, c.Film.Title }).Distinct();
        // Counted from the credits alone: reading each film's row for it cost 10 ms for 648 films at 100,000.
        var total = await credits.Select(c => c.FilmId).Distinct().CountAsync(cancellationToken);
        var before = after is { } afterId ? await films.Where(f => f.FilmId == afterId).FirstOrDefaultAsync(cancellationToken) : null;
        if (before is not null)
        {
            films = films.Where(f => f.Year < before.Year
                || (f.Year == before.Year && (string.Compare(f.Title, before.Title) > 0 || (f.Title == before.Title && f.FilmId > before.FilmId))));
        }

        var ids = await films.OrderByDescending(f => f.Year).ThenBy(f => f.Title).ThenBy(f => f.FilmId)
            .Select(f => f.FilmId).Take(EntriesPerPage + 1).ToListAsync(cancellationToken);
        var shown = ids.Take(EntriesPerPage).ToList();
        var pageCredits = await credits.Where(c => shown.Contains(c.FilmId)).OrderBy(c => c.Id)
            .Select(c => new { c.FilmId, c.Character, c.CreditedAs }).ToListAsync(cancellationToken);
        var summaries = await db.Films.AsNoTracking().Where(f => shown.Contains(f.Id)).ToSummariesWithIds()
            .ToDictionaryAsync(r => r.Id, r => r.Summary, cancellationToken);
        var entries = pageCredits.DistinctBy(c => c.FilmId).ToDictionary(c => c.FilmId,
            c => new FilmographyEntry(summaries[c.FilmId], c.Character, c.CreditedAs == usualName ? null : c.CreditedAs));

        var roleHref = $"{href}/{role}";
        return new RoleFilmographyPage
        {
            Name = name,
            Href = href,
            Role = labels[0],
            Total = total,
            Films = [.. shown.Select(id => entries[id])],
            Pager = new Pager(before is null ? null : roleHref, ids.Count > EntriesPerPage ? $"{roleHref}?after={shown[^1]}" : null),
        };
    }

    /// <summary>
    /// How many of each role's films a page of <paramref name="lines"/> shows: every film when they all fit; otherwise
    /// an even share for each role, the lines a smaller role leaves over going to the larger ones (the first roles
    /// taking the odd lines), and at least one film a role.
    /// </summary>
    /// <param name="counts">Each role's films, in the page's order of roles.</param>
    public static int[] Shares(IReadOnlyList<int> counts, int lines)
    {
        var shares = counts.ToArray();
        var open = Enumerable.Range(0, counts.Count).ToList();
        var left = lines;
        while (open.Count > 0)
        {
            var share = left / open.Count;
            var small = open.Where(i => counts[i] <= share).ToList();
            if (small.Count == 0)
            {
                var odd = left - (share * open.Count);
                for (var k = 0; k < open.Count; k++)
                {
                    shares[open[k]] = Math.Max(1, share + (k < odd ? 1 : 0));
                }

                break;
            }

            left -= small.Sum(i => counts[i]);
            open.RemoveAll(small.Contains);
        }

        return shares;
    }
}
