using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CompressedSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The revisions written so far keep their snapshot as plain UTF-8 JSON, which Snapshots.Unpack tells from
            // the compressed snapshots written from now on by its first byte.
            migrationBuilder.AddColumn<byte[]>(
                name: "snapshot",
                table: "revisions",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.Sql("UPDATE revisions SET snapshot = convert_to(snapshotjson, 'UTF8');");

            migrationBuilder.DropColumn(
                name: "snapshotjson",
                table: "revisions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Only the snapshots written before this migration come back as JSON: a compressed one is not text.
            migrationBuilder.AddColumn<string>(
                name: "snapshotjson",
                table: "revisions",
                type: "text",
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.Sql("UPDATE revisions SET snapshotjson = convert_from(snapshot, 'UTF8');");

            migrationBuilder.DropColumn(
                name: "snapshot",
                table: "revisions");
        }
    }
}
