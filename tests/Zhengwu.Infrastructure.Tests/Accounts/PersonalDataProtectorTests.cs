using System.Security.Cryptography;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Infrastructure.Tests.Accounts;

public sealed class PersonalDataProtectorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zhengwu-keys-").FullName;

    private static PersonalDataProtector Protector(byte fill) => new(Enumerable.Repeat(fill, 32).ToArray());

    [Fact]
    public void Encrypted_value_round_trips()
    {
        var protector = Protector(7);

        var cipher = protector.Encrypt("620102198805161232");

        Assert.Equal("620102198805161232", protector.Decrypt(cipher));
        Assert.DoesNotContain("620102", cipher, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_value_encrypts_differently()
    {
        var protector = Protector(7);

        Assert.NotEqual(protector.Encrypt("13812345678"), protector.Encrypt("13812345678"));
    }

    [Fact]
    public void Altered_ciphertext_fails()
    {
        var protector = Protector(7);
        var bytes = Convert.FromBase64String(protector.Encrypt("13812345678"));
        bytes[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Other_key_cannot_decrypt()
    {
        var cipher = Protector(7).Encrypt("13812345678");

        Assert.ThrowsAny<CryptographicException>(() => Protector(8).Decrypt(cipher));
    }

    [Fact]
    public void Hash_is_stable_and_keyed()
    {
        var first = Protector(7).Hash("13812345678");

        Assert.Equal(first, Protector(7).Hash("13812345678"));
        Assert.NotEqual(first, Protector(8).Hash("13812345678"));
        Assert.NotEqual(first, Protector(7).Hash("13812345679"));
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public void Short_key_is_rejected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PersonalDataKey.Load(Convert.ToBase64String(new byte[16]), ""));

        Assert.Contains("Zhengwu:PersonalData:Key", error.Message, StringComparison.Ordinal);
        Assert.Contains("16 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_key_file_is_created_once()
    {
        var path = Path.Combine(_folder, "keys", "personal-data.key");

        var created = PersonalDataKey.Load("", path);
        var loaded = PersonalDataKey.Load("", path);

        Assert.Equal(32, created.Length);
        Assert.Equal(created, loaded);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
