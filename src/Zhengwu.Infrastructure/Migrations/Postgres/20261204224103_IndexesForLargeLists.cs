using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhengwu.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IndexesForLargeLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PowerItemSearchTerms_PowerItemId",
                table: "PowerItemSearchTerms");

            migrationBuilder.DropIndex(
                name: "IX_PowerItems_RegionCode_DepartmentId_Type",
                table: "PowerItems");

            migrationBuilder.CreateIndex(
                name: "IX_PowerItemSearchTerms_PowerItemId_Gram_Weight",
                table: "PowerItemSearchTerms",
                columns: new[] { "PowerItemId", "Gram", "Weight" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerItems_RegionCode_DepartmentId_Type_Status_IsClassified",
                table: "PowerItems",
                columns: new[] { "RegionCode", "DepartmentId", "Type", "Status", "IsClassified" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PowerItemSearchTerms_PowerItemId_Gram_Weight",
                table: "PowerItemSearchTerms");

            migrationBuilder.DropIndex(
                name: "IX_PowerItems_RegionCode_DepartmentId_Type_Status_IsClassified",
                table: "PowerItems");

            migrationBuilder.CreateIndex(
                name: "IX_PowerItemSearchTerms_PowerItemId",
                table: "PowerItemSearchTerms",
                column: "PowerItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerItems_RegionCode_DepartmentId_Type",
                table: "PowerItems",
                columns: new[] { "RegionCode", "DepartmentId", "Type" });
        }
    }
}
