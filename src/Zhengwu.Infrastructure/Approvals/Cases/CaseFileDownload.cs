using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>A case file opened for download; the caller disposes <see cref="Content"/>.</summary>
public sealed record CaseFileDownload(CaseMaterial Material, Stream Content);
