using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Data;

/// <summary>A role a person is credited in, with where it first comes: its least position in a film's credits, then credit id.</summary>
public sealed record PersonRole(int PersonId, string Role, long First);

/// <summary>
/// People's roles, read by hopping from one role to the next along the (PersonId, Role, Position, Id) index and taking
/// each role's first entry: a few seeks a role, however many films a prolific person has. The query is written once
/// for SQLite and PostgreSQL; only how the ids are read from their JSON array differs.
/// </summary>
internal static class PersonRoles
{
    public static Task<List<PersonRole>> OfAsync(CatalogueDbContext db, IReadOnlyList<int> personIds, CancellationToken cancellationToken)
    {
        // Fixed text only: the ids are a parameter ({0}).
        var people = CatalogueDatabase.JsonArrayValues(db.Database.IsNpgsql(), "{0}");
        var roles = $"""
            WITH RECURSIVE Roles (PersonId, Role) AS (
                SELECT p.Id, (SELECT min(Role) FROM Credits WHERE PersonId = p.Id) FROM (SELECT CAST(value AS integer) AS Id FROM {people}) p
                UNION ALL
                SELECT r.PersonId, (SELECT min(Role) FROM Credits WHERE PersonId = r.PersonId AND Role > r.Role) FROM Roles r WHERE r.Role IS NOT NULL)
            SELECT r.PersonId, r.Role,
                (SELECT (Position * 4294967296) + Id FROM Credits WHERE PersonId = r.PersonId AND Role = r.Role ORDER BY Position, Id LIMIT 1) AS First
            FROM Roles r WHERE r.Role IS NOT NULL
            """;
        return db.Database.SqlQueryRaw<PersonRole>(roles, JsonSerializer.Serialize(personIds)).ToListAsync(cancellationToken);
    }
}
