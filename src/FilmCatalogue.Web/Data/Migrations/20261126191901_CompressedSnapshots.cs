using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CompressedSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite drops the column itself, in the migration's transaction (EF Core would rebuild the table outside it).
            // The revisions written so far keep their snapshot as plain UTF-8 JSON, which Snapshots.Unpack tells from
            // the compressed snapshots written from now on by its first byte.
            migrationBuilder.AddColumn<byte[]>(
                name: "Snapshot",
                table: "Revisions",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.Sql("UPDATE Revisions SET Snapshot = CAST(SnapshotJson AS BLOB);");

            migrationBuilder.Sql("ALTER TABLE Revisions DROP COLUMN SnapshotJson;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Only the snapshots written before this migration come back as JSON: a compressed one is not text.
            migrationBuilder.AddColumn<string>(
                name: "SnapshotJson",
                table: "Revisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("UPDATE Revisions SET SnapshotJson = CAST(Snapshot AS TEXT);");

            migrationBuilder.Sql("ALTER TABLE Revisions DROP COLUMN Snapshot;");
        }
    }
}
