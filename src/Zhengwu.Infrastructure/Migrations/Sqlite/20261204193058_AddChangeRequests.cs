using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhengwu.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddChangeRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "DraftId",
                table: "DraftAttachments",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "ChangeRequestId",
                table: "DraftAttachments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChangeRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    PowerItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    DraftId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    BasisChanged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Elements = table.Column<string>(type: "TEXT", nullable: true),
                    GovernmentDecision = table.Column<string>(type: "TEXT", nullable: true),
                    Steps = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeRequests_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChangeRequests_PowerItemDrafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "PowerItemDrafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ChangeRequests_PowerItems_PowerItemId",
                        column: x => x.PowerItemId,
                        principalTable: "PowerItems",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PowerItemVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PowerItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChangeRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<int>(type: "INTEGER", nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Fields = table.Column<string>(type: "TEXT", nullable: true),
                    GovernmentDecision = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerItemVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PowerItemVersions_PowerItems_PowerItemId",
                        column: x => x.PowerItemId,
                        principalTable: "PowerItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DraftAttachments_ChangeRequestId",
                table: "DraftAttachments",
                column: "ChangeRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_DepartmentId",
                table: "ChangeRequests",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_DraftId",
                table: "ChangeRequests",
                column: "DraftId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_PowerItemId",
                table: "ChangeRequests",
                column: "PowerItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_RegionCode_Status",
                table: "ChangeRequests",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerItemVersions_ChangeRequestId",
                table: "PowerItemVersions",
                column: "ChangeRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerItemVersions_PowerItemId_Number",
                table: "PowerItemVersions",
                columns: new[] { "PowerItemId", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_DraftAttachments_ChangeRequests_ChangeRequestId",
                table: "DraftAttachments",
                column: "ChangeRequestId",
                principalTable: "ChangeRequests",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DraftAttachments_ChangeRequests_ChangeRequestId",
                table: "DraftAttachments");

            migrationBuilder.DropTable(
                name: "ChangeRequests");

            migrationBuilder.DropTable(
                name: "PowerItemVersions");

            migrationBuilder.DropIndex(
                name: "IX_DraftAttachments_ChangeRequestId",
                table: "DraftAttachments");

            migrationBuilder.DropColumn(
                name: "ChangeRequestId",
                table: "DraftAttachments");

            migrationBuilder.AlterColumn<int>(
                name: "DraftId",
                table: "DraftAttachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
