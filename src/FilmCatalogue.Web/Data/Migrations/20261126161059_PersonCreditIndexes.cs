using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersonCreditIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Credits_PersonId",
                table: "Credits");

            migrationBuilder.CreateIndex(
                name: "IX_Credits_PersonId_FilmId",
                table: "Credits",
                columns: new[] { "PersonId", "FilmId" });

            migrationBuilder.CreateIndex(
                name: "IX_Credits_PersonId_Role_Position",
                table: "Credits",
                columns: new[] { "PersonId", "Role", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Credits_PersonId_FilmId",
                table: "Credits");

            migrationBuilder.DropIndex(
                name: "IX_Credits_PersonId_Role_Position",
                table: "Credits");

            migrationBuilder.CreateIndex(
                name: "IX_Credits_PersonId",
                table: "Credits",
                column: "PersonId");
        }
    }
}
