using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhengwu.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddItemLineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SourceItemId",
                table: "PowerItems",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "CountyCodes",
                table: "ChangeRequests",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<List<string>>(
                name: "MergedItemCodes",
                table: "ChangeRequests",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.CreateTable(
                name: "PowerItemSuccessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PredecessorItemId = table.Column<int>(type: "integer", nullable: false),
                    SuccessorItemId = table.Column<int>(type: "integer", nullable: false),
                    ChangeRequestId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerItemSuccessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PowerItemSuccessions_ChangeRequests_ChangeRequestId",
                        column: x => x.ChangeRequestId,
                        principalTable: "ChangeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PowerItemSuccessions_PowerItems_PredecessorItemId",
                        column: x => x.PredecessorItemId,
                        principalTable: "PowerItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PowerItemSuccessions_PowerItems_SuccessorItemId",
                        column: x => x.SuccessorItemId,
                        principalTable: "PowerItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PowerItems_SourceItemId",
                table: "PowerItems",
                column: "SourceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerItemSuccessions_ChangeRequestId",
                table: "PowerItemSuccessions",
                column: "ChangeRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerItemSuccessions_PredecessorItemId_SuccessorItemId",
                table: "PowerItemSuccessions",
                columns: new[] { "PredecessorItemId", "SuccessorItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PowerItemSuccessions_SuccessorItemId",
                table: "PowerItemSuccessions",
                column: "SuccessorItemId");

            migrationBuilder.AddForeignKey(
                name: "FK_PowerItems_PowerItems_SourceItemId",
                table: "PowerItems",
                column: "SourceItemId",
                principalTable: "PowerItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PowerItems_PowerItems_SourceItemId",
                table: "PowerItems");

            migrationBuilder.DropTable(
                name: "PowerItemSuccessions");

            migrationBuilder.DropIndex(
                name: "IX_PowerItems_SourceItemId",
                table: "PowerItems");

            migrationBuilder.DropColumn(
                name: "SourceItemId",
                table: "PowerItems");

            migrationBuilder.DropColumn(
                name: "CountyCodes",
                table: "ChangeRequests");

            migrationBuilder.DropColumn(
                name: "MergedItemCodes",
                table: "ChangeRequests");
        }
    }
}
