namespace Zhengwu.Infrastructure.Files;

/// <summary>A file written to the store: its generated name there, its size and its SHA-256 in lower-case hex.</summary>
public sealed record StoredFile(string StoredName, long Length, string Sha256);
