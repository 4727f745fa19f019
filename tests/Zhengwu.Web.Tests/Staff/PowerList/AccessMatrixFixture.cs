using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.TestSupport;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.PowerList;

/// <summary>
/// A portal for the access matrix. For every department an actor belongs to or aims at, it holds a power item, a
/// draft of that item and a draft of a new item, each draft with one PDF attachment, all written directly through
/// the DbContext and the file store. It signs in one account of every staff role once, in a department whose
/// office role fits the role, plus a county content officer and a county review office reviewer, so that each
/// region's staff are tried against the other region.
/// </summary>
public abstract class AccessMatrixFixture(DatabaseProvider provider) : AccountPortalFixture(provider), IAsyncLifetime
{
    public const string City = "620100";
    public const string County = "620102";

    public const string CityMarket = "兰州市市场监督管理局";
    public const string CityEducation = "兰州市教育局";
    public const string CountyMarket = "城关区市场监督管理局";
    public const string CountyEducation = "城关区教育局";
    public const string CityReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    public const string CityLegalAffairsOffice = "兰州市人民政府法制办公室";
    public const string CityFinanceBureau = "兰州市财政局";
    public const string CityPovertyReliefOffice = "兰州市扶贫开发办公室";
    public const string CityBigDataBureau = "兰州市大数据社会服务管理局";
    public const string CityServiceCenter = "兰州市政务服务中心";
    public const string CountyReviewOffice = "城关区行政审批制度改革工作领导小组办公室";

    /// <summary>
    /// The departments of the matrix: the ordinary departments whose content the actors aim at, two per region,
    /// and the offices that the review, finance, poverty-relief, big-data and service-centre roles require.
    /// </summary>
    private static readonly DepartmentSpec[] s_departments =
    [
        new(City, CityMarket, "市市场监管局", DepartmentKind.Department, OfficeRole.None),
        new(City, CityEducation, "市教育局", DepartmentKind.Department, OfficeRole.None),
        new(County, CountyMarket, "城关区市场监管局", DepartmentKind.Department, OfficeRole.None),
        new(County, CountyEducation, "城关区教育局", DepartmentKind.Department, OfficeRole.None),
        new(City, CityReviewOffice, "市审改办", DepartmentKind.Office, OfficeRole.ReviewOffice),
        new(City, CityLegalAffairsOffice, "市政府法制办", DepartmentKind.Office, OfficeRole.LegalAffairsOffice),
        new(City, CityFinanceBureau, "市财政局", DepartmentKind.Department, OfficeRole.FinanceBureau),
        new(City, CityPovertyReliefOffice, "市扶贫办", DepartmentKind.Office, OfficeRole.PovertyReliefOffice),
        new(City, CityBigDataBureau, "市大数据社会服务管理局", DepartmentKind.Office, OfficeRole.BigDataBureau),
        new(City, CityServiceCenter, "市政务服务中心", DepartmentKind.Office, OfficeRole.ServiceCenter),
        new(County, CountyReviewOffice, "城关区审改办", DepartmentKind.Office, OfficeRole.ReviewOffice),
    ];

    /// <summary>The ordinary departments of each region, the first of which is the one other staff aim at.</summary>
    private static readonly Dictionary<string, string[]> s_regionDepartments = new()
    {
        [City] = [CityMarket, CityEducation],
        [County] = [CountyMarket, CountyEducation],
    };

    private readonly Dictionary<string, MatrixActor> _actors = [];
    private readonly Dictionary<string, DepartmentContent> _content = [];
    private int _pdfCounter;

    /// <summary>One actor of each of the 11 roles, then the two county actors.</summary>
    public static IReadOnlyList<ActorSpec> Actors { get; } =
    [
        new(nameof(StaffRole.ContentOfficer), StaffRole.ContentOfficer, CityMarket),
        new(nameof(StaffRole.DepartmentLead), StaffRole.DepartmentLead, CityMarket),
        new(nameof(StaffRole.ReviewOfficeReviewer), StaffRole.ReviewOfficeReviewer, CityReviewOffice),
        new(nameof(StaffRole.LegalAffairsReviewer), StaffRole.LegalAffairsReviewer, CityLegalAffairsOffice),
        new(nameof(StaffRole.FinanceBureau), StaffRole.FinanceBureau, CityFinanceBureau),
        new(nameof(StaffRole.PovertyReliefOffice), StaffRole.PovertyReliefOffice, CityPovertyReliefOffice),
        new(nameof(StaffRole.BigDataBureau), StaffRole.BigDataBureau, CityBigDataBureau),
        new(nameof(StaffRole.ServiceCenterAdministrator), StaffRole.ServiceCenterAdministrator, CityServiceCenter),
        new(nameof(StaffRole.SystemAdministrator), StaffRole.SystemAdministrator, CityServiceCenter),
        new(nameof(StaffRole.SecurityAdministrator), StaffRole.SecurityAdministrator, CityServiceCenter),
        new(nameof(StaffRole.AuditAdministrator), StaffRole.AuditAdministrator, CityServiceCenter),
        new("County" + nameof(StaffRole.ContentOfficer), StaffRole.ContentOfficer, CountyMarket),
        new("County" + nameof(StaffRole.ReviewOfficeReviewer), StaffRole.ReviewOfficeReviewer, CountyReviewOffice),
    ];

    internal MatrixActor Actor(string key) => _actors[key];

    internal IEnumerable<DepartmentContent> AllContent => _content.Values;

    /// <summary>Returns the content that <paramref name="target"/> names for <paramref name="actor"/>.</summary>
    internal DepartmentContent ContentFor(MatrixActor actor, AccessTarget target) => target switch
    {
        AccessTarget.OwnDepartment or AccessTarget.ForeignAttachmentOnOwnDraft or AccessTarget.None => _content[actor.DepartmentName],
        AccessTarget.SameRegionDepartment => _content[s_regionDepartments[actor.RegionCode].First(name => name != actor.DepartmentName)],
        AccessTarget.OtherRegionDepartment => _content[s_regionDepartments[actor.RegionCode == City ? County : City][0]],
        AccessTarget.MissingIds => DepartmentContent.Missing(actor.RegionCode),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };

    /// <summary>The content whose attachment id <see cref="AccessTarget.ForeignAttachmentOnOwnDraft"/> borrows.</summary>
    internal DepartmentContent ForeignAttachmentSource(MatrixActor actor) => ContentFor(actor, AccessTarget.SameRegionDepartment);

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        foreach (var spec in s_departments)
        {
            var department = await EnsureDepartmentAsync(spec);
            _content[spec.Name] = await CreateContentAsync(department);
        }

        foreach (var spec in Actors)
        {
            _actors[spec.Key] = await SignInAsync(spec);
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        foreach (var actor in _actors.Values)
        {
            actor.Client.Dispose();
        }

        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Everything an access check must leave as it was: every draft with its version and elements, every
    /// attachment row, every power item and every stored file with its hash.
    /// </summary>
    internal async Task<MatrixSnapshot> SnapshotAsync()
    {
        var (drafts, attachments, items) = await WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ZhengwuDbContext>();
            var drafts = await db.PowerItemDrafts.AsNoTracking().ToListAsync();
            var attachments = await db.DraftAttachments.AsNoTracking().ToListAsync();
            var items = await db.PowerItems.AsNoTracking()
                .Select(item => new { item.Id, item.Code, item.DepartmentId, item.RegionCode, item.Name, item.Status, item.UpdatedAt })
                .ToListAsync();

            return (
                drafts.OrderBy(draft => draft.Id).Select(DraftRow).ToList(),
                attachments.OrderBy(attachment => attachment.Id)
                    .Select(attachment => $"{attachment.Id}|draft {attachment.DraftId}|{attachment.StoredName}|{attachment.Length}|{attachment.Sha256}")
                    .ToList(),
                items.OrderBy(item => item.Id)
                    .Select(item => $"{item.Id}|{item.Code}|{item.DepartmentId}|{item.RegionCode}|{item.Name}|{item.Status}|{item.UpdatedAt.UtcTicks}")
                    .ToList());
        });

        return new MatrixSnapshot(drafts, attachments, items, StoredFiles());
    }

    /// <summary>Returns the audit records written for <paramref name="actor"/>'s account, oldest first.</summary>
    internal Task<List<AuditRecord>> AuditRecordsOfAsync(MatrixActor actor) => WithScopeAsync(async services =>
    {
        var id = actor.AccountId.ToString();
        var records = await services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
            .Where(record => record.AccountId == id)
            .ToListAsync();

        return records.OrderBy(record => record.Id).ToList();
    });

    internal Task<PowerItemDraft?> FindDraftAsync(int id) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItemDrafts.AsNoTracking().FirstOrDefaultAsync(draft => draft.Id == id));

    internal Task<List<DraftAttachment>> AttachmentsOfAsync(int draftId) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().DraftAttachments.AsNoTracking()
            .Where(attachment => attachment.DraftId == draftId)
            .ToListAsync());

    internal Task<List<PowerItemDraft>> DraftsOfDepartmentAsync(int departmentId) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItemDrafts.AsNoTracking()
            .Where(draft => draft.DepartmentId == departmentId)
            .ToListAsync());

    /// <summary>Adds a draft of a new item with one attachment to <paramref name="content"/>'s department, for an allowed delete to consume.</summary>
    internal Task<(int DraftId, Guid AttachmentId)> AddThrowawayDraftAsync(DepartmentContent content) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var draft = await AddDraftAsync(db, content.DepartmentId, content.RegionCode, null, null, $"MATRIX-THROWAWAY-{content.DepartmentId:D5}");
        var attachment = await AddAttachmentAsync(services, draft.Id, $"throwaway-{content.DepartmentId}.pdf");

        return (draft.Id, attachment.Id);
    });

    /// <summary>Adds an attachment to a draft, for an allowed removal to consume.</summary>
    internal Task<DraftAttachment> AddThrowawayAttachmentAsync(int draftId) => WithScopeAsync(services =>
        AddAttachmentAsync(services, draftId, $"throwaway-{draftId}.pdf"));

    /// <summary>Removes a draft that an allowed request created, with its attachments and their files.</summary>
    internal Task<int> RemoveDraftAsync(int draftId) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var files = services.GetRequiredService<FileStore>();
        var attachments = await db.DraftAttachments.Where(attachment => attachment.DraftId == draftId).ToListAsync();
        foreach (var attachment in attachments)
        {
            files.Delete(attachment.StoredName);
        }

        db.RemoveRange(attachments);
        db.RemoveRange(await db.PowerItemDrafts.Where(draft => draft.Id == draftId).ToListAsync());

        return await db.SaveChangesAsync();
    });

    /// <summary>Removes an attachment that an allowed upload added, with its file.</summary>
    internal Task<int> RemoveAttachmentAsync(Guid attachmentId) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var attachment = await db.DraftAttachments.SingleAsync(attachment => attachment.Id == attachmentId);
        services.GetRequiredService<FileStore>().Delete(attachment.StoredName);
        db.Remove(attachment);

        return await db.SaveChangesAsync();
    });

    /// <summary>Returns whether the file store holds <paramref name="storedName"/>.</summary>
    internal bool FileExists(string storedName) => File.Exists(Path.Combine(FileRoot, storedName));

    private string FileRoot => Factory.Services.GetRequiredService<IOptions<FileStoreOptions>>().Value.Folder;

    private List<string> StoredFiles()
    {
        var root = FileRoot;
        if (!Directory.Exists(root))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => $"{Path.GetRelativePath(root, path)}|{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))}")
            .Order(StringComparer.Ordinal)];
    }

    private static string DraftRow(PowerItemDraft draft) =>
        $"{draft.Id}|{draft.DepartmentId}|{draft.RegionCode}|item {draft.PowerItemId}|{draft.ItemCode}|v{draft.Version}"
        + $"|{draft.UpdatedById}|{draft.UpdatedAt.UtcTicks}|{JsonSerializer.Serialize(draft.Elements)}";

    /// <summary>
    /// Finds the department in the sample data, or adds it when the sample lacks it, and gives it the office role
    /// its staff role requires.
    /// </summary>
    private Task<Department> EnsureDepartmentAsync(DepartmentSpec spec) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var department = await db.Departments.FirstOrDefaultAsync(department => department.RegionCode == spec.RegionCode && department.Name == spec.Name);
        if (department is null)
        {
            department = new Department(spec.RegionCode, spec.Name, spec.ShortName, spec.Kind) { SortOrder = 9000 };
            db.Departments.Add(department);
        }

        department.Role = spec.Office;
        await db.SaveChangesAsync();

        return department;
    });

    /// <summary>Gives the department an item (its first, or a new one), a draft of that item and a draft of a new item.</summary>
    private Task<DepartmentContent> CreateContentAsync(Department department) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var now = Clock.GetUtcNow();
        var items = await db.PowerItems.Where(item => item.DepartmentId == department.Id).ToListAsync();
        var item = items.OrderBy(item => item.Code, StringComparer.Ordinal).FirstOrDefault();
        if (item is null)
        {
            var code = ItemCode.Format(department.RegionCode, PowerType.Other, 90_000 + department.Id);
            item = new PowerItem(code, $"MATRIX-ITEM-{department.Id}", PowerType.Other, department.Id, department.RegionCode)
            {
                CreatedAt = now,
                UpdatedAt = now,
            };
            item.RefreshCompleteness();
            db.PowerItems.Add(item);
            await db.SaveChangesAsync();
        }

        var main = await AddDraftAsync(db, department.Id, department.RegionCode, item, DraftElements.From(item), $"MATRIX-MAIN-{department.Id:D5}");
        var mainAttachment = await AddAttachmentAsync(services, main.Id, $"main-{department.Id}.pdf");
        var spare = await AddDraftAsync(db, department.Id, department.RegionCode, null, null, $"MATRIX-SPARE-{department.Id:D5}");
        var spareAttachment = await AddAttachmentAsync(services, spare.Id, $"spare-{department.Id}.pdf");

        return new DepartmentContent(
            department.Id,
            department.RegionCode,
            department.Name,
            item.Code,
            main.Id,
            main.Elements.Name,
            mainAttachment.Id,
            mainAttachment.FileName,
            spare.Id,
            spare.Elements.Name,
            spareAttachment.Id,
            spareAttachment.FileName);
    });

    private async Task<PowerItemDraft> AddDraftAsync(
        ZhengwuDbContext db,
        int departmentId,
        string regionCode,
        PowerItem? item,
        DraftElements? elements,
        string name)
    {
        elements ??= new DraftElements { Type = PowerType.Licensing };
        elements.Name = name;
        var draft = new PowerItemDraft(departmentId, regionCode, item?.Id, item?.Code, elements);
        draft.Start(Guid.Empty, "matrix-fixture", Clock.GetUtcNow());
        db.PowerItemDrafts.Add(draft);
        await db.SaveChangesAsync();

        return draft;
    }

    /// <summary>Stores a PDF whose content names its file, so a response that leaks it can be recognised.</summary>
    private async Task<DraftAttachment> AddAttachmentAsync(IServiceProvider services, int draftId, string fileName)
    {
        var counter = ++_pdfCounter;
        fileName = $"{Path.GetFileNameWithoutExtension(fileName)}-{counter}.pdf";
        var db = services.GetRequiredService<ZhengwuDbContext>();
        await using var content = new MemoryStream(Pdf(fileName));
        var stored = await services.GetRequiredService<FileStore>().SaveAsync(fileName, content);
        var attachment = new DraftAttachment
        {
            Id = Guid.NewGuid(),
            DraftId = draftId,
            FileName = fileName,
            ContentType = "application/pdf",
            StoredName = stored.StoredName,
            Length = stored.Length,
            Sha256 = stored.Sha256,
            UploadedById = Guid.Empty,
            UploadedByName = "matrix-fixture",
            UploadedAt = Clock.GetUtcNow(),
        };
        db.DraftAttachments.Add(attachment);
        await db.SaveChangesAsync();

        return attachment;
    }

    /// <summary>A small valid PDF whose comment line carries <paramref name="marker"/>.</summary>
    internal static byte[] Pdf(string marker) => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n%" + marker + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n");

    private async Task<MatrixActor> SignInAsync(ActorSpec spec)
    {
        var content = _content[spec.DepartmentName];
        var userName = "matrix-" + spec.Key.ToLowerInvariant();
        var account = await WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<Account>>();
            var created = new Account
            {
                UserName = userName,
                DisplayName = userName,
                Kind = AccountKind.Staff,
                Role = spec.Role,
                DepartmentId = content.DepartmentId,
                RegionCode = content.RegionCode,
                PasswordChangedAt = Clock.GetUtcNow(),
                CreatedAt = Clock.GetUtcNow(),
                LockoutEnabled = true,
            };
            Require(await users.CreateAsync(created, StaffPassword));
            Require(await users.ResetAuthenticatorKeyAsync(created));
            Require(await users.SetTwoFactorEnabledAsync(created, true));

            return new StaffAccount(created.Id, userName, StaffPassword, await users.GetAuthenticatorKeyAsync(created) ?? "");
        });

        using var browser = CreateBrowser();
        await browser.SignInAsync(account, NextCode(account.AuthenticatorKey));
        var client = await AccessClient.CreateAsync(Factory, browser);

        return new MatrixActor(spec.Key, spec.Role, account.Id, userName, content.DepartmentId, content.RegionCode, spec.DepartmentName, client);
    }

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }

    private sealed record DepartmentSpec(string RegionCode, string Name, string ShortName, DepartmentKind Kind, OfficeRole Office);
}

/// <summary>An actor of the matrix: a key for theory data, the role and the department by name.</summary>
public sealed record ActorSpec(string Key, StaffRole Role, string DepartmentName);

/// <summary>A signed-in actor of the matrix.</summary>
internal sealed record MatrixActor(
    string Key,
    StaffRole Role,
    Guid AccountId,
    string UserName,
    int DepartmentId,
    string RegionCode,
    string DepartmentName,
    AccessClient Client)
{
    public override string ToString() => $"{Role} ({Key}) of {DepartmentName} [{RegionCode}]";
}

/// <summary>The content of one department that the matrix reads and tries to change.</summary>
internal sealed record DepartmentContent(
    int DepartmentId,
    string RegionCode,
    string DepartmentName,
    string ItemCode,
    int MainDraftId,
    string MainDraftName,
    Guid MainAttachmentId,
    string MainAttachmentName,
    int SpareDraftId,
    string SpareDraftName,
    Guid SpareAttachmentId,
    string SpareAttachmentName)
{
    public const int MissingId = 987_654_321;

    /// <summary>Ids that name nothing, and an item code well formed for the region that no item has.</summary>
    public static DepartmentContent Missing(string regionCode) => new(
        MissingId,
        regionCode,
        "(missing)",
        Domain.PowerList.ItemCode.Format(regionCode, PowerType.Other, Domain.PowerList.ItemCode.MaxSequence),
        MissingId,
        "",
        Guid.NewGuid(),
        "",
        MissingId + 1,
        "",
        Guid.NewGuid(),
        "");

    /// <summary>The texts only this department's content holds; a response that denies access must contain none of them.</summary>
    public IEnumerable<string> Secrets => new[] { ItemCode, MainDraftName, SpareDraftName, MainAttachmentName, SpareAttachmentName }
        .Where(secret => secret.Length > 0);

    public override string ToString() => $"{DepartmentName} [{RegionCode}] #{DepartmentId}";
}

/// <summary>What <see cref="AccessMatrixFixture.SnapshotAsync"/> read.</summary>
internal sealed record MatrixSnapshot(
    IReadOnlyList<string> Drafts,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Files);

public sealed class SqliteAccessMatrixFixture() : AccessMatrixFixture(DatabaseProvider.Sqlite);

public sealed class PostgresAccessMatrixFixture() : AccessMatrixFixture(DatabaseProvider.Postgres);
