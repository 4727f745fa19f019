using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhengwu.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DatasetMarkers",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetMarkers", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ItemCodeCounters",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemCodeCounters", x => new { x.RegionCode, x.Type });
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Departments_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PowerItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    NationalCode = table.Column<string>(type: "character varying(31)", maxLength: 31, nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameText = table.Column<string>(type: "text", nullable: true),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    AgencyText = table.Column<string>(type: "text", nullable: true),
                    HandlingDivision = table.Column<string>(type: "text", nullable: true),
                    ExerciseLevel = table.Column<string>(type: "text", nullable: true),
                    ServiceObject = table.Column<string>(type: "text", nullable: true),
                    LegalBasisText = table.Column<string>(type: "text", nullable: true),
                    Materials = table.Column<List<string>>(type: "text[]", nullable: false),
                    MaterialsBasis = table.Column<string>(type: "text", nullable: true),
                    AcceptanceConditions = table.Column<List<string>>(type: "text[]", nullable: false),
                    AcceptanceConditionsBasis = table.Column<string>(type: "text", nullable: true),
                    ProcedureSteps = table.Column<List<string>>(type: "text[]", nullable: false),
                    ProcedureBasis = table.Column<string>(type: "text", nullable: true),
                    SupervisionChannel = table.Column<string>(type: "text", nullable: true),
                    SupervisionPhone = table.Column<string>(type: "text", nullable: true),
                    OfficeAddress = table.Column<string>(type: "text", nullable: true),
                    OfficeHours = table.Column<string>(type: "text", nullable: true),
                    Remarks = table.Column<string>(type: "text", nullable: true),
                    Explanation = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IsClassified = table.Column<bool>(type: "boolean", nullable: false),
                    IsIncomplete = table.Column<bool>(type: "boolean", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ElementsHash = table.Column<string>(type: "text", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Agencies = table.Column<string>(type: "jsonb", nullable: true),
                    Faqs = table.Column<string>(type: "jsonb", nullable: true),
                    Fee = table.Column<string>(type: "jsonb", nullable: true),
                    LegalBases = table.Column<string>(type: "jsonb", nullable: true),
                    PromisedTimeLimit = table.Column<string>(type: "jsonb", nullable: true),
                    StatutoryTimeLimit = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PowerItems_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PowerItems_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PowerItemSearchTerms",
                columns: table => new
                {
                    PowerItemId = table.Column<int>(type: "integer", nullable: false),
                    Gram = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerItemSearchTerms", x => new { x.Gram, x.PowerItemId });
                    table.ForeignKey(
                        name: "FK_PowerItemSearchTerms_PowerItems_PowerItemId",
                        column: x => x.PowerItemId,
                        principalTable: "PowerItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResponsibilityItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PowerItemId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponsibilityItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponsibilityItems_PowerItems_PowerItemId",
                        column: x => x.PowerItemId,
                        principalTable: "PowerItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Departments_RegionCode_Name",
                table: "Departments",
                columns: new[] { "RegionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PowerItems_Code",
                table: "PowerItems",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PowerItems_DepartmentId",
                table: "PowerItems",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerItems_RegionCode_DepartmentId_Type",
                table: "PowerItems",
                columns: new[] { "RegionCode", "DepartmentId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerItemSearchTerms_PowerItemId",
                table: "PowerItemSearchTerms",
                column: "PowerItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponsibilityItems_PowerItemId",
                table: "ResponsibilityItems",
                column: "PowerItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DatasetMarkers");

            migrationBuilder.DropTable(
                name: "ItemCodeCounters");

            migrationBuilder.DropTable(
                name: "PowerItemSearchTerms");

            migrationBuilder.DropTable(
                name: "ResponsibilityItems");

            migrationBuilder.DropTable(
                name: "PowerItems");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
