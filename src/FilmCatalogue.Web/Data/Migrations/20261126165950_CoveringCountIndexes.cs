using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoveringCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Selections_FestivalId_Year",
                table: "Selections");

            migrationBuilder.DropIndex(
                name: "IX_Credits_OrganisationId",
                table: "Credits");

            migrationBuilder.CreateIndex(
                name: "IX_Selections_FestivalId_Year_FilmId",
                table: "Selections",
                columns: new[] { "FestivalId", "Year", "FilmId" });

            migrationBuilder.CreateIndex(
                name: "IX_Credits_OrganisationId_FilmId",
                table: "Credits",
                columns: new[] { "OrganisationId", "FilmId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Selections_FestivalId_Year_FilmId",
                table: "Selections");

            migrationBuilder.DropIndex(
                name: "IX_Credits_OrganisationId_FilmId",
                table: "Credits");

            migrationBuilder.CreateIndex(
                name: "IX_Selections_FestivalId_Year",
                table: "Selections",
                columns: new[] { "FestivalId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Credits_OrganisationId",
                table: "Credits",
                column: "OrganisationId");
        }
    }
}
