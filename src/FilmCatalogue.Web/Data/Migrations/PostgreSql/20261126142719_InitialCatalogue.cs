using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FilmCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "aspnetroles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    normalizedname = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    concurrencystamp = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetroles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "aspnetusers",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    username = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    normalizedusername = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    normalizedemail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    emailconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    passwordhash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    securitystamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    concurrencystamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    phonenumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    phonenumberconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    twofactorenabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockoutend = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockoutenabled = table.Column<bool>(type: "boolean", nullable: false),
                    accessfailedcount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetusers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cachedpages",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    value = table.Column<byte[]>(type: "bytea", nullable: false),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    expiresat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cachedpages", x => x.key);
                })
                .Annotation("Npgsql:UnloggedTable", true);

            migrationBuilder.CreateTable(
                name: "countries",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    slug = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_countries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dataprotectionkeys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendlyname = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dataprotectionkeys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "films",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C"),
                    title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    titlekey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    indexletter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false, collation: "C"),
                    year = table.Column<int>(type: "integer", nullable: true),
                    durationminutes = table.Column<int>(type: "integer", nullable: true),
                    colour = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    synopsismarkdown = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    synopsissource = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    curatoreditedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_films", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "genres",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    slug = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_genres", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    originalname = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    originalnamekey = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    indexletter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false, collation: "C"),
                    sortkey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    originalindexletter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true, collation: "C"),
                    originalsortkey = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "revisions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entrykind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entryid = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    entryname = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    curatorid = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true, collation: "C"),
                    curatoremail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    changesjson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    snapshotjson = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_revisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "slugredirects",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entrykind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    oldslug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C"),
                    entryid = table.Column<int>(type: "integer", nullable: false),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slugredirects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "aspnetroleclaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    roleid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    claimtype = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    claimvalue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetroleclaims", x => x.id);
                    table.ForeignKey(
                        name: "fk_aspnetroleclaims_aspnetroles_roleid",
                        column: x => x.roleid,
                        principalTable: "aspnetroles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetuserclaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    userid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    claimtype = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    claimvalue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserclaims", x => x.id);
                    table.ForeignKey(
                        name: "fk_aspnetuserclaims_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetuserlogins",
                columns: table => new
                {
                    loginprovider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    providerkey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    providerdisplayname = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    userid = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserlogins", x => new { x.loginprovider, x.providerkey });
                    table.ForeignKey(
                        name: "fk_aspnetuserlogins_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetuserroles",
                columns: table => new
                {
                    userid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    roleid = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserroles", x => new { x.userid, x.roleid });
                    table.ForeignKey(
                        name: "fk_aspnetuserroles_aspnetroles_roleid",
                        column: x => x.roleid,
                        principalTable: "aspnetroles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_aspnetuserroles_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetusertokens",
                columns: table => new
                {
                    userid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    loginprovider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    value = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetusertokens", x => new { x.userid, x.loginprovider, x.name });
                    table.ForeignKey(
                        name: "fk_aspnetusertokens_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "festivals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    city = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    countryid = table.Column<int>(type: "integer", nullable: true),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_festivals", x => x.id);
                    table.ForeignKey(
                        name: "fk_festivals_countries_countryid",
                        column: x => x.countryid,
                        principalTable: "countries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bibliography",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    author = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    publication = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    year = table.Column<int>(type: "integer", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bibliography", x => x.id);
                    table.ForeignKey(
                        name: "fk_bibliography_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "editions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    heading = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    publisher = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    year = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    extras = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_editions", x => x.id);
                    table.ForeignKey(
                        name: "fk_editions_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filmcountries",
                columns: table => new
                {
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    countryid = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filmcountries", x => new { x.filmid, x.countryid });
                    table.ForeignKey(
                        name: "fk_filmcountries_countries_countryid",
                        column: x => x.countryid,
                        principalTable: "countries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_filmcountries_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filmnotes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    heading = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    text = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filmnotes", x => x.id);
                    table.ForeignKey(
                        name: "fk_filmnotes_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filmtitles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    script = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true, collation: "C"),
                    language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true, collation: "C"),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filmtitles", x => x.id);
                    table.ForeignKey(
                        name: "fk_filmtitles_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "importedrecords",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    contenthash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    sourcename = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    filmid = table.Column<int>(type: "integer", nullable: true),
                    importedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    warnings = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_importedrecords", x => x.id);
                    table.ForeignKey(
                        name: "fk_importedrecords_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "media",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    location = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    caption = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_media", x => x.id);
                    table.ForeignKey(
                        name: "fk_media_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filmgenres",
                columns: table => new
                {
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    genreid = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filmgenres", x => new { x.filmid, x.genreid });
                    table.ForeignKey(
                        name: "fk_filmgenres_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_filmgenres_genres_genreid",
                        column: x => x.genreid,
                        principalTable: "genres",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credits",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    position = table.Column<int>(type: "integer", nullable: false),
                    personid = table.Column<int>(type: "integer", nullable: true),
                    organisationid = table.Column<int>(type: "integer", nullable: true),
                    creditedas = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    creditedasoriginal = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    character = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credits", x => x.id);
                    table.CheckConstraint("ck_credits_personororganisation", "(PersonId IS NULL) <> (OrganisationId IS NULL)");
                    table.ForeignKey(
                        name: "fk_credits_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_credits_organisations_organisationid",
                        column: x => x.organisationid,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credits_people_personid",
                        column: x => x.personid,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "personnames",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    personid = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    script = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personnames", x => x.id);
                    table.ForeignKey(
                        name: "fk_personnames_people_personid",
                        column: x => x.personid,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "awards",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    eventname = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    festivalid = table.Column<int>(type: "integer", nullable: true),
                    city = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    countryname = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    year = table.Column<int>(type: "integer", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_awards_festivals_festivalid",
                        column: x => x.festivalid,
                        principalTable: "festivals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_awards_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "selections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filmid = table.Column<int>(type: "integer", nullable: false),
                    festivalid = table.Column<int>(type: "integer", nullable: false),
                    city = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    year = table.Column<int>(type: "integer", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selections", x => x.id);
                    table.ForeignKey(
                        name: "fk_selections_festivals_festivalid",
                        column: x => x.festivalid,
                        principalTable: "festivals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_selections_films_filmid",
                        column: x => x.filmid,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "aspnetroles",
                columns: new[] { "id", "concurrencystamp", "name", "normalizedname" },
                values: new object[,]
                {
                    { "6c0f2e57-5b0e-4f55-9d0a-3f4f1d6f8a01", "b1f0a3c4-7d2e-4c1a-9a65-1f1d1e7c0a01", "Curator", "CURATOR" },
                    { "6c0f2e57-5b0e-4f55-9d0a-3f4f1d6f8a02", "b1f0a3c4-7d2e-4c1a-9a65-1f1d1e7c0a02", "Administrator", "ADMINISTRATOR" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_aspnetroleclaims_roleid",
                table: "aspnetroleclaims",
                column: "roleid");

            migrationBuilder.CreateIndex(
                name: "rolenameindex",
                table: "aspnetroles",
                column: "normalizedname",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserclaims_userid",
                table: "aspnetuserclaims",
                column: "userid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserlogins_userid",
                table: "aspnetuserlogins",
                column: "userid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserroles_roleid",
                table: "aspnetuserroles",
                column: "roleid");

            migrationBuilder.CreateIndex(
                name: "emailindex",
                table: "aspnetusers",
                column: "normalizedemail");

            migrationBuilder.CreateIndex(
                name: "usernameindex",
                table: "aspnetusers",
                column: "normalizedusername",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_awards_festivalid_year",
                table: "awards",
                columns: new[] { "festivalid", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_awards_filmid_position",
                table: "awards",
                columns: new[] { "filmid", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_bibliography_filmid_position",
                table: "bibliography",
                columns: new[] { "filmid", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_cachedpages_expiresat",
                table: "cachedpages",
                column: "expiresat");

            migrationBuilder.CreateIndex(
                name: "ix_cachedpages_tags",
                table: "cachedpages",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_countries_slug",
                table: "countries",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credits_filmid_position",
                table: "credits",
                columns: new[] { "filmid", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_credits_organisationid",
                table: "credits",
                column: "organisationid");

            migrationBuilder.CreateIndex(
                name: "ix_credits_personid",
                table: "credits",
                column: "personid");

            migrationBuilder.CreateIndex(
                name: "ix_editions_filmid_position",
                table: "editions",
                columns: new[] { "filmid", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_festivals_countryid",
                table: "festivals",
                column: "countryid");

            migrationBuilder.CreateIndex(
                name: "ix_festivals_key",
                table: "festivals",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_festivals_slug",
                table: "festivals",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_filmcountries_countryid",
                table: "filmcountries",
                column: "countryid");

            migrationBuilder.CreateIndex(
                name: "ix_filmgenres_genreid",
                table: "filmgenres",
                column: "genreid");

            migrationBuilder.CreateIndex(
                name: "ix_filmnotes_filmid_position",
                table: "filmnotes",
                columns: new[] { "filmid", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_films_createdat",
                table: "films",
                column: "createdat");

            migrationBuilder.CreateIndex(
                name: "ix_films_indexletter_titlekey_id",
                table: "films",
                columns: new[] { "indexletter", "titlekey", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_films_slug",
                table: "films",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_films_titlekey_year",
                table: "films",
                columns: new[] { "titlekey", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_films_year_titlekey_id",
                table: "films",
                columns: new[] { "year", "titlekey", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_filmtitles_filmid_position",
                table: "filmtitles",
                columns: new[] { "filmid", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_genres_slug",
                table: "genres",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_importedrecords_contenthash",
                table: "importedrecords",
                column: "contenthash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_importedrecords_filmid",
                table: "importedrecords",
                column: "filmid");

            migrationBuilder.CreateIndex(
                name: "ix_media_filmid_position",
                table: "media",
                columns: new[] { "filmid", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_key",
                table: "organisations",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_slug",
                table: "organisations",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_indexletter_sortkey_id",
                table: "people",
                columns: new[] { "indexletter", "sortkey", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_people_originalindexletter_originalsortkey_id",
                table: "people",
                columns: new[] { "originalindexletter", "originalsortkey", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_people_originalnamekey",
                table: "people",
                column: "originalnamekey");

            migrationBuilder.CreateIndex(
                name: "ix_people_slug",
                table: "people",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_personnames_key",
                table: "personnames",
                column: "key");

            migrationBuilder.CreateIndex(
                name: "ix_personnames_personid_name",
                table: "personnames",
                columns: new[] { "personid", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_revisions_entrykind_entryid_id",
                table: "revisions",
                columns: new[] { "entrykind", "entryid", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_selections_festivalid_year",
                table: "selections",
                columns: new[] { "festivalid", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_selections_filmid_position",
                table: "selections",
                columns: new[] { "filmid", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_slugredirects_entrykind_entryid",
                table: "slugredirects",
                columns: new[] { "entrykind", "entryid" });

            migrationBuilder.CreateIndex(
                name: "ix_slugredirects_entrykind_oldslug",
                table: "slugredirects",
                columns: new[] { "entrykind", "oldslug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aspnetroleclaims");

            migrationBuilder.DropTable(
                name: "aspnetuserclaims");

            migrationBuilder.DropTable(
                name: "aspnetuserlogins");

            migrationBuilder.DropTable(
                name: "aspnetuserroles");

            migrationBuilder.DropTable(
                name: "aspnetusertokens");

            migrationBuilder.DropTable(
                name: "awards");

            migrationBuilder.DropTable(
                name: "bibliography");

            migrationBuilder.DropTable(
                name: "cachedpages");

            migrationBuilder.DropTable(
                name: "credits");

            migrationBuilder.DropTable(
                name: "dataprotectionkeys");

            migrationBuilder.DropTable(
                name: "editions");

            migrationBuilder.DropTable(
                name: "filmcountries");

            migrationBuilder.DropTable(
                name: "filmgenres");

            migrationBuilder.DropTable(
                name: "filmnotes");

            migrationBuilder.DropTable(
                name: "filmtitles");

            migrationBuilder.DropTable(
                name: "importedrecords");

            migrationBuilder.DropTable(
                name: "media");

            migrationBuilder.DropTable(
                name: "personnames");

            migrationBuilder.DropTable(
                name: "revisions");

            migrationBuilder.DropTable(
                name: "selections");

            migrationBuilder.DropTable(
                name: "slugredirects");

            migrationBuilder.DropTable(
                name: "aspnetroles");

            migrationBuilder.DropTable(
                name: "aspnetusers");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "genres");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "festivals");

            migrationBuilder.DropTable(
                name: "films");

            migrationBuilder.DropTable(
                name: "countries");
        }
    }
}
