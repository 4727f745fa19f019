using System.Security.Cryptography;
using System.Text;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>
/// Encrypts personal data such as ID numbers and phone numbers with AES-256-GCM, and computes a keyed
/// HMAC-SHA256 of a value so that a column can be searched for equality without being decrypted. Both keys are
/// derived with HKDF-SHA256 from one 32-byte master key.
/// </summary>
public sealed class PersonalDataProtector
{
    public const int KeyLength = 32;

    private const byte FormatVersion = 1;
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    public PersonalDataProtector(byte[] masterKey)
    {
        if (masterKey.Length != KeyLength)
        {
            throw new ArgumentException(
                $"Invalid personal data key length {masterKey.Length}: the key must be exactly {KeyLength} bytes.",
                nameof(masterKey));
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, KeyLength, info: "zhengwu personal data encryption"u8.ToArray());
        _hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, KeyLength, info: "zhengwu personal data lookup"u8.ToArray());
    }

    /// <summary>Encrypts the text under a fresh random nonce; returns base64 of version, nonce, tag and ciphertext.</summary>
    public string Encrypt(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[1 + NonceLength + TagLength + plain.Length];
        sealedBytes[0] = FormatVersion;
        var nonce = sealedBytes.AsSpan(1, NonceLength);
        RandomNumberGenerator.Fill(nonce);

        using var aes = new AesGcm(_encryptionKey, TagLength);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(1 + NonceLength + TagLength), sealedBytes.AsSpan(1 + NonceLength, TagLength));

        return Convert.ToBase64String(sealedBytes);
    }

    /// <summary>Decrypts a value of <see cref="Encrypt"/>; throws <see cref="CryptographicException"/> when it was altered.</summary>
    public string Decrypt(string protectedText)
    {
        var sealedBytes = Convert.FromBase64String(protectedText);
        if (sealedBytes.Length < 1 + NonceLength + TagLength || sealedBytes[0] != FormatVersion)
        {
            throw new CryptographicException("The protected value has an unknown format or is truncated.");
        }

        var plain = new byte[sealedBytes.Length - 1 - NonceLength - TagLength];
        using var aes = new AesGcm(_encryptionKey, TagLength);
        aes.Decrypt(
            sealedBytes.AsSpan(1, NonceLength),
            sealedBytes.AsSpan(1 + NonceLength + TagLength),
            sealedBytes.AsSpan(1 + NonceLength, TagLength),
            plain);

        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Returns the keyed hash of a normalised value as 64 lower-case hex characters.</summary>
    public string Hash(string value) => Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(value)));
}
