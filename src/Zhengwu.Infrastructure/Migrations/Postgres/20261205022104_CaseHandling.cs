using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhengwu.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AccountId",
                table: "CaseSteps",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorDepartment",
                table: "CaseSteps",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DepartmentId",
                table: "CaseSteps",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Trigger",
                table: "CaseSteps",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ApplicationCases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CaseParts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    HandlingDivision = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    IsLead = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LimitDays = table.Column<int>(type: "integer", nullable: true),
                    LimitSource = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CorrectionRequested = table.Column<bool>(type: "boolean", nullable: false),
                    SpecialProcedure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SpecialProcedureDays = table.Column<int>(type: "integer", nullable: true),
                    PendingExtensionDays = table.Column<int>(type: "integer", nullable: true),
                    Decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    DenialReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CorrectionItems = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseParts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseParts_ApplicationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ApplicationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseParts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointItemDepartments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PowerItemId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointItemDepartments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JointItemDepartments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JointItemDepartments_PowerItems_PowerItemId",
                        column: x => x.PowerItemId,
                        principalTable: "PowerItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseClockEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CasePartId = table.Column<int>(type: "integer", nullable: false),
                    Clock = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClockEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseClockEvents_CaseParts_CasePartId",
                        column: x => x.CasePartId,
                        principalTable: "CaseParts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasePartId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StoredName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDocuments_CaseParts_CasePartId",
                        column: x => x.CasePartId,
                        principalTable: "CaseParts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClockEvents_CasePartId",
                table: "CaseClockEvents",
                column: "CasePartId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocuments_CasePartId",
                table: "CaseDocuments",
                column: "CasePartId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocuments_StoredName",
                table: "CaseDocuments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseParts_CaseId_DepartmentId",
                table: "CaseParts",
                columns: new[] { "CaseId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseParts_DepartmentId_State",
                table: "CaseParts",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_JointItemDepartments_DepartmentId",
                table: "JointItemDepartments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_JointItemDepartments_PowerItemId_DepartmentId",
                table: "JointItemDepartments",
                columns: new[] { "PowerItemId", "DepartmentId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseClockEvents");

            migrationBuilder.DropTable(
                name: "CaseDocuments");

            migrationBuilder.DropTable(
                name: "JointItemDepartments");

            migrationBuilder.DropTable(
                name: "CaseParts");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "ActorDepartment",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "Trigger",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ApplicationCases");
        }
    }
}
