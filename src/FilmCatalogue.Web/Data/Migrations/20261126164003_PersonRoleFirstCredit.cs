using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersonRoleFirstCredit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Credits_PersonId_Role_Position",
                table: "Credits");

            migrationBuilder.CreateIndex(
                name: "IX_Credits_PersonId_Role_Position_Id",
                table: "Credits",
                columns: new[] { "PersonId", "Role", "Position", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Credits_PersonId_Role_Position_Id",
                table: "Credits");

            migrationBuilder.CreateIndex(
                name: "IX_Credits_PersonId_Role_Position",
                table: "Credits",
                columns: new[] { "PersonId", "Role", "Position" });
        }
    }
}
