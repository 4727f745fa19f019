using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhengwu.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DepartmentListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PowerItems_DepartmentId",
                table: "PowerItems");

            migrationBuilder.CreateIndex(
                name: "IX_PowerItems_DepartmentId_Type_Code_Status_IsClassified",
                table: "PowerItems",
                columns: new[] { "DepartmentId", "Type", "Code", "Status", "IsClassified" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PowerItems_DepartmentId_Type_Code_Status_IsClassified",
                table: "PowerItems");

            migrationBuilder.CreateIndex(
                name: "IX_PowerItems_DepartmentId",
                table: "PowerItems",
                column: "DepartmentId");
        }
    }
}
