namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>One uploaded file of a filing form and the index of the material field it came in.</summary>
public sealed record FilingUpload(int MaterialIndex, string FileName, Stream Content);
