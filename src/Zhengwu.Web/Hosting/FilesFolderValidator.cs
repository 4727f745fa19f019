using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Files;

namespace Zhengwu.Web.Hosting;

/// <summary>Rejects a files folder that the portal cannot create or write to, so uploads do not fail one by one later.</summary>
internal sealed class FilesFolderValidator : IValidateOptions<FileStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, FileStoreOptions options) =>
        WritableFolder.Check("Zhengwu:Files:Folder", options.Folder) is { } error
            ? ValidateOptionsResult.Fail(error)
            : ValidateOptionsResult.Success;
}
