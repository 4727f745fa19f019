namespace Zhengwu.Infrastructure.Backup;

/// <summary>A backup or restore that cannot go on; the message names the file, part or setting and the fix.</summary>
public sealed class BackupException(string message, Exception? innerException = null) : Exception(message, innerException);
