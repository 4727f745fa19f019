namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>A material or result document of a case opened for staff; the caller disposes <see cref="Content"/>.</summary>
public sealed record StaffCaseFile(string FileName, string ContentType, Stream Content);
