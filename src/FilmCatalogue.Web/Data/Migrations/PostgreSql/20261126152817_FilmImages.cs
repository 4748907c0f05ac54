using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FilmImages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "filmimages",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    alttext = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    caption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    credit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "C"),
                    position = table.Column<int>(type: "integer", nullable: false),
                    filename = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    smallfilename = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    mediumfilename = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    contenthash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    uploadedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    curatorid = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true, collation: "C"),
                    curatoremail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filmimages", x => x.id);
                    table.ForeignKey(
                        name: "fk_filmimages_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_filmimages_filmid_contenthash",
                table: "filmimages",
                columns: new[] { "filmid", "contenthash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_filmimages_filmid_position",
                table: "filmimages",
                columns: new[] { "filmid", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "filmimages");
        }
    }
}
