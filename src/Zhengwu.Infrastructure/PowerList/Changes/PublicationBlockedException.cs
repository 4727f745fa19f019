namespace Zhengwu.Infrastructure.PowerList.Changes;

/// <summary>
/// A change that cannot be published because its targets changed after the request was opened, such as an item to
/// merge that was cancelled since. The message, in Chinese, names the target and what to do.
/// </summary>
public sealed class PublicationBlockedException(string message) : Exception(message);
