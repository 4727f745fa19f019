using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhengwu.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSplitAndTakeOver : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceItemCode",
                table: "PowerItemDrafts",
                type: "character varying(15)",
                maxLength: 15,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceItemId",
                table: "PowerItemDrafts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceItemId",
                table: "ChangeRequests",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SplitParts",
                table: "ChangeRequests",
                type: "jsonb",
                nullable: true);

            // Requests stored before splits existed read as having no parts, as new requests of other kinds do.
            migrationBuilder.Sql("UPDATE \"ChangeRequests\" SET \"SplitParts\" = '[]'");

            migrationBuilder.CreateIndex(
                name: "IX_PowerItemDrafts_DepartmentId_SourceItemId",
                table: "PowerItemDrafts",
                columns: new[] { "DepartmentId", "SourceItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PowerItemDrafts_SourceItemId",
                table: "PowerItemDrafts",
                column: "SourceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_SourceItemId",
                table: "ChangeRequests",
                column: "SourceItemId");

            migrationBuilder.AddForeignKey(
                name: "FK_ChangeRequests_PowerItems_SourceItemId",
                table: "ChangeRequests",
                column: "SourceItemId",
                principalTable: "PowerItems",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_PowerItemDrafts_PowerItems_SourceItemId",
                table: "PowerItemDrafts",
                column: "SourceItemId",
                principalTable: "PowerItems",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ChangeRequests_PowerItems_SourceItemId",
                table: "ChangeRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_PowerItemDrafts_PowerItems_SourceItemId",
                table: "PowerItemDrafts");

            migrationBuilder.DropIndex(
                name: "IX_PowerItemDrafts_DepartmentId_SourceItemId",
                table: "PowerItemDrafts");

            migrationBuilder.DropIndex(
                name: "IX_PowerItemDrafts_SourceItemId",
                table: "PowerItemDrafts");

            migrationBuilder.DropIndex(
                name: "IX_ChangeRequests_SourceItemId",
                table: "ChangeRequests");

            migrationBuilder.DropColumn(
                name: "SourceItemCode",
                table: "PowerItemDrafts");

            migrationBuilder.DropColumn(
                name: "SourceItemId",
                table: "PowerItemDrafts");

            migrationBuilder.DropColumn(
                name: "SourceItemId",
                table: "ChangeRequests");

            migrationBuilder.DropColumn(
                name: "SplitParts",
                table: "ChangeRequests");
        }
    }
}
