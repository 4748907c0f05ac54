using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PersonCreditIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_credits_personid",
                table: "credits");

            migrationBuilder.CreateIndex(
                name: "ix_credits_personid_filmid",
                table: "credits",
                columns: new[] { "personid", "filmid" });

            migrationBuilder.CreateIndex(
                name: "ix_credits_personid_role_position",
                table: "credits",
                columns: new[] { "personid", "role", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_credits_personid_filmid",
                table: "credits");

            migrationBuilder.DropIndex(
                name: "ix_credits_personid_role_position",
                table: "credits");

            migrationBuilder.CreateIndex(
                name: "ix_credits_personid",
                table: "credits",
                column: "personid");
        }
    }
}
