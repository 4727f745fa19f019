using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>A result document opened for download; the caller disposes <see cref="Content"/>.</summary>
public sealed record CaseDocumentDownload(CaseDocument Document, Stream Content);
