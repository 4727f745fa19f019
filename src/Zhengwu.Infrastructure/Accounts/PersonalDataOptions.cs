namespace Zhengwu.Infrastructure.Accounts;

/// <summary>The key that encrypts ID numbers and phone numbers at rest, kept outside the database.</summary>
public sealed class PersonalDataOptions
{
    public const string SectionName = "Zhengwu:PersonalData";

    /// <summary>A 32-byte key in base64. When empty, the key is read from <see cref="KeyFile"/>.</summary>
    public string Key { get; set; } = "";

    /// <summary>
    /// A file that contains the base64 key. Empty means keys/personal-data.key in the data folder, which is created
    /// with a random key on first start. Losing the key makes every stored ID number and phone number unreadable.
    /// </summary>
    public string KeyFile { get; set; } = "";
}
