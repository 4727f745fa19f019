using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Infrastructure.Backup;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.DutyList;
using Zhengwu.Infrastructure.Feedback;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Organization;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.BackOffice;
using Zhengwu.Infrastructure.PowerList.Changes;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Infrastructure.PowerList.Import;
using Zhengwu.Infrastructure.PowerList.Lineage;
using Zhengwu.Infrastructure.PowerList.Search;
using Zhengwu.Infrastructure.PowerList.Versions;

namespace Zhengwu.Web.Hosting;

internal static class ServiceCollectionExtensions
{
    /// <summary>Registers the database, importers, queries and the encoder that writes Chinese as characters.</summary>
    public static IServiceCollection AddZhengwu(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ZhengwuOptions>(configuration.GetSection(ZhengwuOptions.SectionName));
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddZhengwuDatabase(provider => ResolveDatabase(provider, configuration));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => LawLibraryFor(provider.GetRequiredService<IOptions<ZhengwuOptions>>().Value));
        services.AddSingleton(provider =>
            SearchSynonyms.Load(provider.GetRequiredService<IOptions<ZhengwuOptions>>().Value.SearchSynonymsFile));
        services.AddScoped<DepartmentImporter>();
        services.AddScoped<PowerItemImporter>();
        services.AddScoped<PowerListQueries>();
        services.AddScoped<PowerItemLineage>();
        services.AddScoped<PowerItemSearch>();
        services.AddScoped<SampleDataLoader>();
        services.AddOptions<FileStoreOptions>()
            .Bind(configuration.GetSection(FileStoreOptions.SectionName))
            .PostConfigure<IOptions<ZhengwuOptions>>((files, zhengwu) =>
            {
                if (string.IsNullOrWhiteSpace(files.Folder))
                {
                    files.Folder = Path.Combine(zhengwu.Value.DataFolder, "files");
                }
            })
            .Validate(files => files.MaxFileBytes > 0, "Zhengwu:Files:MaxFileBytes must be a positive number of bytes.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FileStoreOptions>, FilesFolderValidator>();
        services.AddOptions<MalwareScannerOptions>().Bind(configuration.GetSection(MalwareScannerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MalwareScannerOptions>, MalwareScannerOptionsValidator>();
        services.AddSingleton<IMalwareScanner>(provider =>
            provider.GetRequiredService<IOptions<MalwareScannerOptions>>().Value.Kind == MalwareScannerKind.Clamd
                ? ActivatorUtilities.CreateInstance<ClamdScanner>(provider)
                : new NoMalwareScanner());
        services.AddSingleton<FileStore>();
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<PowerItemDrafts>();
        services.AddScoped<CaseFilings>();
        services.AddOptions<FilingHaltOptions>().Bind(configuration.GetSection(FilingHaltOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FilingHaltOptions>, FilingHaltOptionsValidator>();
        services.AddSingleton<FilingHalt>();
        services.AddScoped<CaseHandlings>();
        services.AddScoped<CaseConclusions>();
        services.AddScoped<Zhengwu.Infrastructure.Approvals.JointItems>();
        services.AddScoped<StaffCaseFiles>();
        services.AddScoped<CaseWorkList>();
        services.AddScoped<ApplicantCases>();
        services.AddScoped<CaseResubmissions>();
        services.AddScoped<StagedFileSweep>();
        services.AddOptions<FeedbackOptions>().Bind(configuration.GetSection(FeedbackOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedbackOptions>, FeedbackOptionsValidator>();
        services.AddScoped<FeedbackSubmissions>();
        services.AddScoped<PublicFeedback>();
        services.AddScoped<FeedbackDesk>();
        services.AddScoped<DepartmentItems>();
        services.AddScoped<ChangePublisher>();
        services.AddScoped<ChangeRequests>();
        services.AddScoped<DutyListDrafts>();
        services.AddScoped<DutyListChanges>();
        services.AddScoped<DutyListPublisher>();
        services.AddScoped<DutyListHistory>();
        services.AddScoped<ChangeRequestQueries>();
        services.AddScoped<PowerItemHistory>();
        services.AddScoped<Pages.Staff.Changes.ChangeDashboard>();
        services.AddWorkingCalendar();

        // Razor encodes every non-Latin character as an entity by default, which triples the size of Chinese pages.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

        return services;
    }

    /// <summary>
    /// Chooses the database from <see cref="DatabaseOptions.Provider"/> and <c>ConnectionStrings:Postgres</c>; the
    /// options were validated at start, so an unknown provider cannot reach this point.
    /// </summary>
    private static DatabaseSettings ResolveDatabase(IServiceProvider provider, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres");
        var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var dataFolder = provider.GetRequiredService<IOptions<ZhengwuOptions>>().Value.DataFolder;
        var chosen = DatabaseOptionsValidator.EffectiveProvider(database.Provider, connectionString);

        return DatabaseSettings.Resolve(chosen == DatabaseOptions.PostgresProvider ? connectionString : null, dataFolder);
    }

    private static LawLibrary LawLibraryFor(ZhengwuOptions options) =>
        new(string.IsNullOrWhiteSpace(options.LawLibraryPath) ? "" : Path.GetFullPath(options.LawLibraryPath));
}
