using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Data;

/// <summary>A role a person is credited in, with where it first comes: its least position in a film's credits, then credit id.</summary>
public sealed record PersonRole(int PersonId, string Role, long First);

/// <summary>
/// People's roles, read in SQLite by hopping from one role to the next along the (PersonId, Role, Position) index and
/// taking each role's first entry: a few seeks a role, however many films a prolific person has.
/// </summary>
internal static class PersonRoles
{
    public static Task<List<PersonRole>> OfAsync(CatalogueDbContext db, IReadOnlyList<int> personIds, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<PersonRole>($"""
            WITH RECURSIVE Roles (PersonId, Role) AS (
                SELECT p.value, (SELECT min(Role) FROM Credits WHERE PersonId = p.value) FROM json_each({JsonSerializer.Serialize(personIds)}) p
                UNION ALL
                SELECT r.PersonId, (SELECT min(Role) FROM Credits WHERE PersonId = r.PersonId AND Role > r.Role) FROM Roles r WHERE r.Role IS NOT NULL)
            SELECT r.PersonId, r.Role,
                (SELECT (Position * 4294967296) + Id FROM Credits WHERE PersonId = r.PersonId AND Role = r.Role ORDER BY Position, Id LIMIT 1) AS First
            FROM Roles r WHERE r.Role IS NOT NULL
            """).ToListAsync(cancellationToken);
}
