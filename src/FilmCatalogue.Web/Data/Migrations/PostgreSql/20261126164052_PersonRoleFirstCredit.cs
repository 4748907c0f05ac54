using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PersonRoleFirstCredit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_credits_personid_role_position",
                table: "credits");

            migrationBuilder.CreateIndex(
                name: "ix_credits_personid_role_position_id",
                table: "credits",
                columns: new[] { "personid", "role", "position", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_credits_personid_role_position_id",
                table: "credits");

            migrationBuilder.CreateIndex(
                name: "ix_credits_personid_role_position",
                table: "credits",
                columns: new[] { "personid", "role", "position" });
        }
    }
}
