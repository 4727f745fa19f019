namespace Zhengwu.Infrastructure.Import;

/// <summary>
/// The outcome of one import. When <see cref="Errors"/> is not empty nothing was written.
/// </summary>
public sealed class ImportReport
{
    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public List<ImportProblem> Errors { get; } = [];

    /// <summary>Rows imported with a remark, e.g. flagged incomplete or a basis not found in the law library.</summary>
    public List<ImportProblem> Warnings { get; } = [];

    public bool Succeeded => Errors.Count == 0;

    public void Error(int row, string column, string? value, string message) =>
        Errors.Add(new ImportProblem(row, column, value, message));

    public void Warn(int row, string column, string? value, string message) =>
        Warnings.Add(new ImportProblem(row, column, value, message));
}
