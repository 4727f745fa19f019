using System.Security.Cryptography;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>Reads the personal data master key from configuration or from its key file.</summary>
public static class PersonalDataKey
{
    /// <summary>
    /// Returns the configured key, or the key in <paramref name="keyFile"/>, creating that file with a random key
    /// when it does not exist. Throws <see cref="InvalidOperationException"/> naming the setting when a key is invalid.
    /// </summary>
    public static byte[] Load(string configuredKey, string keyFile)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            return Decode(configuredKey, $"{PersonalDataOptions.SectionName}:Key");
        }

        if (!File.Exists(keyFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyFile))!);
            var created = RandomNumberGenerator.GetBytes(PersonalDataProtector.KeyLength);
            var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(keyFile, fileOptions);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(created));

            return created;
        }

        return Decode(File.ReadAllText(keyFile), $"the key file {keyFile} ({PersonalDataOptions.SectionName}:KeyFile)");
    }

    private static byte[] Decode(string text, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Invalid personal data key in {source}: it is not base64. Set a base64 {PersonalDataProtector.KeyLength}-byte key.");
        }

        if (key.Length != PersonalDataProtector.KeyLength)
        {
            throw new InvalidOperationException(
                $"Invalid personal data key in {source}: it decodes to {key.Length} bytes, but {PersonalDataProtector.KeyLength} are required.");
        }

        return key;
    }
}
