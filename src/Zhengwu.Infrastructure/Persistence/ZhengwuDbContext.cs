using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.PowerList;

namespace Zhengwu.Infrastructure.Persistence;

/// <summary>
/// The portal's database. Each provider has a subclass so that SQLite and PostgreSQL keep their own migrations.
/// </summary>
public abstract class ZhengwuDbContext : DbContext
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

    public DbSet<PowerItemSearchTerm> PowerItemSearchTerms => Set<PowerItemSearchTerm>();

    public DbSet<DatasetMarker> DatasetMarkers => Set<DatasetMarker>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<AuditAnchor> AuditAnchors => Set<AuditAnchor>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ZhengwuDbContext).Assembly);
    }
}
