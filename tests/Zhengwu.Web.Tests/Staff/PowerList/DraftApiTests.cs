using System.Globalization;
using System.Net;
using System.Text.Json;
using Zhengwu.Domain.Accounts;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.PowerList;

/// <summary>
/// The staff API returns a draft of the caller's department with its elements and the download paths of its
/// attachments; anonymous calls get 401 rather than a redirect to the sign-in page.
/// </summary>
public abstract class DraftApiTests(DraftPortalFixture portal)
{
    [Fact]
    public async Task Draft_returns_elements_and_attachment_paths()
    {
        using var officer = await portal.SignInAsync("api-officer", StaffRole.ContentOfficer);
        var code = await portal.ItemCodeAsync("食品经营许可");
        var id = await DraftPages.StartFromItemAsync(officer, code);
        (await DraftPages.EditAsync(officer, id, ("Elements.StatutoryTimeLimitText", "自受理之日起20日内作出决定")))
            .RequireRedirect($"/staff/drafts/{id}?saved=1");
        byte[] content = [.. "%PDF-1.7\n"u8, .. new byte[500]];
        (await DraftPages.UploadAsync(officer, id, "依据.pdf", content)).RequireRedirect($"/staff/drafts/{id}?saved=attachment");
        var attachment = Assert.Single(await portal.ReadAttachmentsAsync(id));

        var (status, draft) = await GetJsonAsync(officer, $"/api/v1/staff/drafts/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(id, draft.GetProperty("id").GetInt32());
        Assert.Equal(code, draft.GetProperty("itemCode").GetString());
        Assert.Equal(2, draft.GetProperty("version").GetInt32());
        Assert.Equal("api-officer", draft.GetProperty("updatedBy").GetString());
        Assert.Equal("食品经营许可", draft.GetProperty("name").GetString());
        Assert.Equal("行政许可", draft.GetProperty("type").GetString());
        var elements = draft.GetProperty("elements");
        Assert.Equal("食品经营许可", elements.GetProperty("name").GetString());
        Assert.Equal("自受理之日起20日内作出决定", elements.GetProperty("statutoryTimeLimitText").GetString());
        Assert.Equal("《中华人民共和国食品安全法》第三十五条", elements.GetProperty("legalBasisText").GetString());
        var listed = Assert.Single(draft.GetProperty("attachments").EnumerateArray());
        Assert.Equal(attachment.Id, listed.GetProperty("id").GetGuid());
        Assert.Equal("依据.pdf", listed.GetProperty("fileName").GetString());
        Assert.Equal(content.Length, listed.GetProperty("length").GetInt64());
        Assert.Equal(attachment.Sha256, listed.GetProperty("sha256").GetString());
        var path = listed.GetProperty("downloadPath").GetString()!;
        Assert.Equal($"/staff/drafts/{id}/attachments/{attachment.Id}", path);

        using var download = await officer.GetForDownloadAsync(path);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        var (listStatus, list) = await GetJsonAsync(officer, "/api/v1/staff/drafts");
        Assert.Equal(HttpStatusCode.OK, listStatus);
        var summary = list.EnumerateArray().Single(entry => entry.GetProperty("id").GetInt32() == id);
        Assert.Equal(1, summary.GetProperty("attachmentCount").GetInt32());
        Assert.Equal(code, summary.GetProperty("itemCode").GetString());
    }

    [Fact]
    public async Task Lead_reads_the_draft()
    {
        using var officer = await portal.SignInAsync("api-lead-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("api-lead", StaffRole.DepartmentLead);
        var id = await DraftPages.StartNewAsync(officer, "接口读取测试事项", "Other");

        var (status, draft) = await GetJsonAsync(lead, $"/api/v1/staff/drafts/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("接口读取测试事项", draft.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("itemCode").ValueKind);
        Assert.Empty(draft.GetProperty("attachments").EnumerateArray());
    }

    [Fact]
    public async Task Missing_draft_is_a_chinese_problem()
    {
        using var officer = await portal.SignInAsync("api-missing-officer", StaffRole.ContentOfficer);

        var (status, problem) = await GetJsonAsync(officer, "/api/v1/staff/drafts/987654");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("本部门没有编号为 987654 的草稿。", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/v1/staff/drafts")]
    [InlineData("/api/v1/staff/drafts/1")]
    [InlineData("/api/v1/staff/departments/1/power-items")]
    public async Task Anonymous_calls_get_401(string path)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Anonymous_page_requests_go_to_login()
    {
        using var browser = portal.CreateBrowser();

        var page = await browser.GetAsync("/staff/drafts/1");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("https://localhost/staff/login?ReturnUrl=", page.Location, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Root)> GetJsonAsync(StaffBrowser browser, string path)
    {
        using var response = await browser.GetForDownloadAsync(path);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(body.Length == 0 ? "null" : body);

        return (response.StatusCode, document.RootElement.Clone());
    }
}

public sealed class SqliteDraftApiTests(SqliteDraftPortalFixture portal)
    : DraftApiTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresDraftApiTests(PostgresDraftPortalFixture portal)
    : DraftApiTests(portal), IClassFixture<PostgresDraftPortalFixture>;
