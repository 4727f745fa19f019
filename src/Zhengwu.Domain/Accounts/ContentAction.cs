namespace Zhengwu.Domain.Accounts;

/// <summary>What a staff member does with department content in the back office.</summary>
public enum ContentAction
{
    /// <summary>Lists and reads items, including unpublished and classified ones, in the back office.</summary>
    ViewItems = 1,

    /// <summary>Downloads the item list as a spreadsheet.</summary>
    ExportItems = 2,

    /// <summary>Reads, previews and downloads the attachments of drafts.</summary>
    ViewDrafts = 3,

    /// <summary>Creates, edits and deletes drafts and their attachments.</summary>
    EditDrafts = 4,
}
