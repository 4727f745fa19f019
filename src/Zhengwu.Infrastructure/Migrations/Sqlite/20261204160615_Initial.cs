using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhengwu.Infrastructure.Migrations.Sqlite
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
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetMarkers", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ItemCodeCounters",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemCodeCounters", x => new { x.RegionCode, x.Type });
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    NationalCode = table.Column<string>(type: "TEXT", maxLength: 31, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameText = table.Column<string>(type: "TEXT", nullable: true),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    AgencyText = table.Column<string>(type: "TEXT", nullable: true),
                    HandlingDivision = table.Column<string>(type: "TEXT", nullable: true),
                    ExerciseLevel = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceObject = table.Column<string>(type: "TEXT", nullable: true),
                    LegalBasisText = table.Column<string>(type: "TEXT", nullable: true),
                    Materials = table.Column<string>(type: "TEXT", nullable: false),
                    MaterialsBasis = table.Column<string>(type: "TEXT", nullable: true),
                    AcceptanceConditions = table.Column<string>(type: "TEXT", nullable: false),
                    AcceptanceConditionsBasis = table.Column<string>(type: "TEXT", nullable: true),
                    ProcedureSteps = table.Column<string>(type: "TEXT", nullable: false),
                    ProcedureBasis = table.Column<string>(type: "TEXT", nullable: true),
                    SupervisionChannel = table.Column<string>(type: "TEXT", nullable: true),
                    SupervisionPhone = table.Column<string>(type: "TEXT", nullable: true),
                    OfficeAddress = table.Column<string>(type: "TEXT", nullable: true),
                    OfficeHours = table.Column<string>(type: "TEXT", nullable: true),
                    Remarks = table.Column<string>(type: "TEXT", nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IsClassified = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsIncomplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ElementsHash = table.Column<string>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Agencies = table.Column<string>(type: "TEXT", nullable: true),
                    Faqs = table.Column<string>(type: "TEXT", nullable: true),
                    Fee = table.Column<string>(type: "TEXT", nullable: true),
                    LegalBases = table.Column<string>(type: "TEXT", nullable: true),
                    PromisedTimeLimit = table.Column<string>(type: "TEXT", nullable: true),
                    StatutoryTimeLimit = table.Column<string>(type: "TEXT", nullable: true)
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
                    PowerItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Gram = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PowerItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
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
