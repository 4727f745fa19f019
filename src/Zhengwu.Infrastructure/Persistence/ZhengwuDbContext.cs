using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Approvals;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.Feedback;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Domain.PowerList.Lineage;
using Zhengwu.Domain.PowerList.Versions;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Accounts.Verification;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Infrastructure.Scheduling;

namespace Zhengwu.Infrastructure.Persistence;

/// <summary>
/// The portal's database, with the Identity tables of accounts and the data-protection keys that every web
/// node shares. Each provider has a subclass so that SQLite and PostgreSQL keep their own migrations.
/// </summary>
public abstract class ZhengwuDbContext
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>, IDataProtectionKeyContext
{
    protected ZhengwuDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<PowerItem> PowerItems => Set<PowerItem>();

    public DbSet<ResponsibilityItem> ResponsibilityItems => Set<ResponsibilityItem>();

    public DbSet<ItemCodeCounter> ItemCodeCounters => Set<ItemCodeCounter>();

    public DbSet<PowerItemDraft> PowerItemDrafts => Set<PowerItemDraft>();

    public DbSet<DraftAttachment> DraftAttachments => Set<DraftAttachment>();

    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();

    public DbSet<PowerItemVersion> PowerItemVersions => Set<PowerItemVersion>();

    public DbSet<DepartmentDutyList> DutyLists => Set<DepartmentDutyList>();

    public DbSet<DutyListDraft> DutyListDrafts => Set<DutyListDraft>();

    public DbSet<DutyListVersion> DutyListVersions => Set<DutyListVersion>();

    public DbSet<PowerItemSuccession> PowerItemSuccessions => Set<PowerItemSuccession>();

    public DbSet<DatasetMarker> DatasetMarkers => Set<DatasetMarker>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<CalendarSpecialDay> CalendarSpecialDays => Set<CalendarSpecialDay>();

    public DbSet<PasswordHistoryEntry> PasswordHistory => Set<PasswordHistoryEntry>();

    public DbSet<RoleGrantRequest> RoleGrantRequests => Set<RoleGrantRequest>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<AuditAnchor> AuditAnchors => Set<AuditAnchor>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<ScheduledJobRun> ScheduledJobRuns => Set<ScheduledJobRun>();

    public DbSet<VerificationCode> VerificationCodes => Set<VerificationCode>();

    public DbSet<ApplicationCase> ApplicationCases => Set<ApplicationCase>();

    public DbSet<FeedbackRecord> FeedbackRecords => Set<FeedbackRecord>();

    public DbSet<CasePart> CaseParts => Set<CasePart>();

    public DbSet<JointItemDepartment> JointItemDepartments => Set<JointItemDepartment>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ZhengwuDbContext).Assembly);
    }
}
