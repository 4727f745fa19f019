namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>One result document uploaded with a conclusion form.</summary>
public sealed record ResultUpload(string FileName, Stream Content);
