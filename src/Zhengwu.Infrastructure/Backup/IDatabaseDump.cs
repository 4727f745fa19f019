namespace Zhengwu.Infrastructure.Backup;

/// <summary>Dumps and restores the whole database of one provider.</summary>
public interface IDatabaseDump
{
    /// <summary>The name of the dump inside the archive's "database/" folder.</summary>
    string FileName { get; }

    /// <summary>Writes a consistent copy of the database to <paramref name="path"/> while the portal keeps writing.</summary>
    Task DumpAsync(string path, CancellationToken cancellationToken);

    /// <summary>Returns whether the target database has no tables, so a restore overwrites nothing.</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Restores the dump at <paramref name="path"/> as one unit: on failure the target keeps its previous content.
    /// <paramref name="replace"/> drops the objects that the dump contains before creating them again.
    /// </summary>
    Task RestoreAsync(string path, bool replace, CancellationToken cancellationToken);
}
