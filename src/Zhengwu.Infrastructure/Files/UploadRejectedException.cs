namespace Zhengwu.Infrastructure.Files;

/// <summary>An upload that the rules reject; the message, in Chinese, names the file and what to do.</summary>
public sealed class UploadRejectedException(string message) : Exception(message);
