using System.Net;
using System.Security.Cryptography;
using System.Text;
using Zhengwu.Infrastructure.Approvals.Cases;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>
/// Kills a portal process with SIGKILL in the middle of a filing, at each checkpoint where files and rows disagree,
/// and restarts it. The applicant then has either the whole case with both files in place or no case and no file,
/// and the staging folder is empty.
/// </summary>
public abstract class FilingKillTests(CasePortalFixture portal)
{
    private const string ApplyPath = $"/approvals/items/{CasePortalFixture.OpenCode}/apply";

    private static readonly byte[] s_application = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
    private static readonly byte[] s_report = Encoding.ASCII.GetBytes("%PDF-1.7\n% 项目节能报告\n%%EOF\n");

    [Theory]
    [InlineData(FilingCheckpoint.Staged)]
    [InlineData(FilingCheckpoint.Committed)]
    public async Task Killed_filing_leaves_whole_case_or_nothing(FilingCheckpoint checkpoint)
    {
        using var applicant = await portal.SignInApplicantAsync();
        var form = await applicant.Browser.GetAsync(ApplyPath);
        var key = form.Document.QuerySelector("input[name=FilingKey]")!.GetAttribute("value")!;
        var filesBefore = portal.FilesOnDisk();
        var marker = Path.Combine(portal.Factory.Database.Folder, $"halted-{checkpoint}-{Guid.NewGuid():N}");

        await using (var halted = await PortalProcess.StartAsync(portal.Factory.Configuration, HaltAt(checkpoint, marker)))
        {
            var filing = PostAsync(halted, applicant.Browser.CookieHeader, key, form.FormToken!);
            await halted.WaitForFileAsync(marker);

            // Both uploads wait in the staging folder, so the kill lands between writing files and placing them.
            Assert.Equal(2, StagedFiles().Count);
            await halted.KillAsync();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => filing);
        }

        // The start-up sweep runs before the restarted portal reports ready.
        await using (await PortalProcess.StartAsync(portal.Factory.Configuration, HaltAt(FilingCheckpoint.None, "")))
        {
        }

        var cases = (await portal.CasesAsync()).Where(@case => @case.ApplicantId == applicant.Id).ToList();
        Assert.Empty(StagedFiles());
        if (checkpoint == FilingCheckpoint.Staged)
        {
            Assert.Empty(cases);
            Assert.Equal(filesBefore, portal.FilesOnDisk());

            return;
        }

        var filed = Assert.Single(cases);
        Assert.Equal(key, filed.IdempotencyKey);
        var materials = filed.Materials.OrderBy(material => material.MaterialIndex).ToList();
        Assert.Equal([0, 1], materials.Select(material => material.MaterialIndex));
        Assert.Equal([Sha256(s_application), Sha256(s_report)], materials.Select(material => material.Sha256));
        Assert.Equal(
            [.. filesBefore.Concat(materials.Select(material => material.StoredName)).Order(StringComparer.Ordinal)],
            portal.FilesOnDisk());
        foreach (var (material, content) in materials.Zip([s_application, s_report]))
        {
            Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(portal.FilesFolder, material.StoredName), TestContext.Current.CancellationToken));
        }

        // The portal process filed on the real clock, which runs ahead of the test portal's clock.
        // The applicant reaches the case through the portal after the restart.
        var page = await applicant.Browser.GetAsync($"/account/cases/{filed.Number}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
    }

    private static Dictionary<string, string?> HaltAt(FilingCheckpoint checkpoint, string marker) => new()
    {
        [$"{FilingHaltOptions.SectionName}:{nameof(FilingHaltOptions.At)}"] = checkpoint.ToString(),
        [$"{FilingHaltOptions.SectionName}:{nameof(FilingHaltOptions.MarkerFile)}"] = marker,
    };

    private static async Task<HttpResponseMessage> PostAsync(PortalProcess process, string cookies, string key, string token)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(key), "FilingKey" },
            { new StringContent(token), "__RequestVerificationToken" },
            { Upload("application/pdf", s_application), "Material0", "节能审查申请书.pdf" },
            { Upload("application/pdf", s_report), "Material1", "项目节能报告.pdf" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, ApplyPath) { Content = form };
        request.Headers.Add("Cookie", cookies);

        return await process.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static ByteArrayContent Upload(string contentType, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new(contentType);

        return file;
    }

    private List<string> StagedFiles() => [.. portal.FilesOnDisk().Where(path => path.StartsWith("staging/", StringComparison.Ordinal))];

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

public sealed class SqliteFilingKillTests(SqliteCasePortalFixture portal)
    : FilingKillTests(portal), IClassFixture<SqliteCasePortalFixture>;

public sealed class PostgresFilingKillTests(PostgresCasePortalFixture portal)
    : FilingKillTests(portal), IClassFixture<PostgresCasePortalFixture>;
