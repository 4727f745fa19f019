using System.Text.Json;
using System.Text.Json.Serialization;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Backup;

/// <summary>
/// The first entry of a backup archive: which database the dump is from and the length and SHA-256 of every other
/// entry, so that a restore detects a damaged or missing part before it changes anything.
/// </summary>
public sealed record BackupManifest(
    string Format,
    DateTimeOffset CreatedAt,
    DatabaseProvider Provider,
    string? LastMigration,
    IReadOnlyList<BackupPart> Parts)
{
    public const string CurrentFormat = "zhengwu-backup/1";

    public const string EntryName = "manifest.json";

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, s_json);

    /// <exception cref="BackupException">The manifest is not valid JSON of the current format.</exception>
    public static BackupManifest FromJson(Stream json)
    {
        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(json, s_json);
        }
        catch (JsonException exception)
        {
            throw new BackupException($"备份文件的 {EntryName} 已损坏：{exception.Message}", exception);
        }

        if (manifest?.Format != CurrentFormat)
        {
            throw new BackupException(
                $"备份文件的 {EntryName} 格式为“{manifest?.Format}”，本程序只能恢复“{CurrentFormat}”格式的备份。");
        }

        return manifest;
    }
}

/// <summary>One entry of the archive: the database dump under "database/" or an uploaded file under "files/".</summary>
public sealed record BackupPart(string Path, long Length, string Sha256);
