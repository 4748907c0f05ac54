using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CoveringCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_selections_festivalid_year",
                table: "selections");

            migrationBuilder.DropIndex(
                name: "ix_credits_organisationid",
                table: "credits");

            migrationBuilder.CreateIndex(
                name: "ix_selections_festivalid_year_filmid",
                table: "selections",
                columns: new[] { "festivalid", "year", "filmid" });

            migrationBuilder.CreateIndex(
                name: "ix_credits_organisationid_filmid",
                table: "credits",
                columns: new[] { "organisationid", "filmid" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_selections_festivalid_year_filmid",
                table: "selections");

            migrationBuilder.DropIndex(
                name: "ix_credits_organisationid_filmid",
                table: "credits");

            migrationBuilder.CreateIndex(
                name: "ix_selections_festivalid_year",
                table: "selections",
                columns: new[] { "festivalid", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_credits_organisationid",
                table: "credits",
                column: "organisationid");
        }
    }
}
