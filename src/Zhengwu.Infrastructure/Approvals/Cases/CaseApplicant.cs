namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>The signed-in public account acting on cases, with its generated user name and client address for the audit log.</summary>
public sealed record CaseApplicant(Guid Id, string UserName, string? ClientAddress);
