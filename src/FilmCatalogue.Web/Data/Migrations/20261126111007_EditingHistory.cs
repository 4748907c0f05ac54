using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EditingHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    EntryName = table.Column<string>(type: "TEXT", nullable: false),
                    CuratorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CuratorEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangesJson = table.Column<string>(type: "TEXT", nullable: false),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlugRedirects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OldSlug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlugRedirects", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_EntryKind_EntryId_Id",
                table: "Revisions",
                columns: new[] { "EntryKind", "EntryId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SlugRedirects_EntryKind_EntryId",
                table: "SlugRedirects",
                columns: new[] { "EntryKind", "EntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_SlugRedirects_EntryKind_OldSlug",
                table: "SlugRedirects",
                columns: new[] { "EntryKind", "OldSlug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropTable(
                name: "SlugRedirects");
        }
    }
}
