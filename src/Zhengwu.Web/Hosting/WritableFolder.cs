namespace Zhengwu.Web.Hosting;

/// <summary>Checks at start that the portal can create and write files in a configured folder.</summary>
internal static class WritableFolder
{
    /// <summary>
    /// Creates <paramref name="folder"/> when missing, writes and deletes a probe file in it, and returns an error
    /// naming <paramref name="key"/> when either step fails.
    /// </summary>
    public static string? Check(string key, string folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return $"{key} is empty. Set it to a folder the portal's user may write to.";
        }

        var fullPath = Path.GetFullPath(folder);
        try
        {
            Directory.CreateDirectory(fullPath);
            var probe = Path.Combine(fullPath, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"{key} is \"{fullPath}\", which the portal cannot write to ({exception.Message}). "
                + "Create the folder and give the portal's user write permission, or set another folder.";
        }
    }
}
