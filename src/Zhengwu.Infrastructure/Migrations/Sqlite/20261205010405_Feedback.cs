using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhengwu.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeedbackRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProtectedContact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    QueryCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LimitDays = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    AnsweredById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnsweredByDepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnsweredByDepartmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublicationProposed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackRecords_AspNetUsers_AccountId",
                        column: x => x.AccountId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackRecords_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRecords_AccountId",
                table: "FeedbackRecords",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRecords_DepartmentId_State",
                table: "FeedbackRecords",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRecords_IdempotencyKey",
                table: "FeedbackRecords",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRecords_Number",
                table: "FeedbackRecords",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRecords_State_ItemCode",
                table: "FeedbackRecords",
                columns: new[] { "State", "ItemCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackRecords");
        }
    }
}
