namespace Zhengwu.Infrastructure.Import;

/// <summary>A file that cannot be read as a sheet at all; the message is Chinese and names the fix.</summary>
public sealed class ImportFileException : Exception
{
    public ImportFileException(string message)
        : base(message)
    {
    }

    public ImportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImportFileException()
    {
    }
}
