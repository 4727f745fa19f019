using System.Net;
using System.Security.Cryptography;
using System.Text;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Files;

namespace Zhengwu.Web.Tests.Staff.PowerList;

/// <summary>
/// Documents uploaded to a draft are stored under generated names and download unchanged, always as attachments;
/// HTML or SVG under any name and files over the limit are rejected with a Chinese message naming the file and
/// leave neither a row nor a file; deleting an attachment or the draft removes the files.
/// </summary>
public abstract class DraftAttachmentTests(DraftPortalFixture portal)
{
    [Fact]
    public async Task Valid_pdf_is_stored_and_downloads_unchanged()
    {
        using var officer = await portal.SignInAsync("upload-officer", StaffRole.ContentOfficer);
        var id = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync("食品经营许可"));
        var content = Pdf(50_000);
        var filesBefore = portal.StoredFiles();

        var uploaded = await DraftPages.UploadAsync(officer, id, "设定依据原文.pdf", content);

        uploaded.RequireRedirect($"/staff/drafts/{id}?saved=attachment");
        var attachment = Assert.Single(await portal.ReadAttachmentsAsync(id));
        Assert.Equal("设定依据原文.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(content.Length, attachment.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), attachment.Sha256);
        Assert.Equal("upload-officer", attachment.UploadedByName);
        Assert.DoesNotContain("设定依据", attachment.StoredName, StringComparison.Ordinal);
        var path = Path.Combine(portal.FilesFolder, attachment.StoredName);
        Assert.Equal([path], portal.StoredFiles().Except(filesBefore));
        Assert.Equal(content, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));

        var page = await officer.GetAsync($"/staff/drafts/{id}?saved=attachment");
        var link = page.Document.QuerySelector("ul.attachments a");
        Assert.Equal("设定依据原文.pdf", link?.TextContent);
        Assert.Equal($"/staff/drafts/{id}/attachments/{attachment.Id}", link?.GetAttribute("href"));

        using var download = await officer.GetForDownloadAsync(link!.GetAttribute("href")!);
        var bytes = await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, bytes);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("设定依据原文.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(download.Headers.CacheControl?.NoStore);

        var upload = Assert.Single(
            await portal.ReadRecordsAsync("upload-officer"),
            record => record.Detail?.StartsWith("上传附件", StringComparison.Ordinal) == true);
        Assert.Equal(AuditActions.ContentChanged, upload.Action);
        Assert.Equal($"上传附件“设定依据原文.pdf”（SHA-256 {attachment.Sha256}）", upload.Detail);
    }

    [Fact]
    public async Task Lead_downloads_but_cannot_upload()
    {
        using var officer = await portal.SignInAsync("lead-upload-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("lead-upload", StaffRole.DepartmentLead);
        var id = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync("食品生产许可"));
        var content = Pdf(2_000);
        (await DraftPages.UploadAsync(officer, id, "依据.pdf", content)).RequireRedirect($"/staff/drafts/{id}?saved=attachment");
        var attachment = Assert.Single(await portal.ReadAttachmentsAsync(id));

        var page = await lead.GetAsync($"/staff/drafts/{id}");
        using var download = await lead.GetForDownloadAsync($"/staff/drafts/{id}/attachments/{attachment.Id}");
        var upload = await lead.PostFileAsync(
            $"/staff/drafts/{id}?handler=Upload",
            "upload",
            "组长上传.pdf",
            content,
            (DraftPages.TokenField, page.FormToken!));
        var remove = await lead.PostAsync(
            $"/staff/drafts/{id}?handler=RemoveAttachment&attachmentId={attachment.Id}",
            (DraftPages.TokenField, page.FormToken!));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Null(page.Document.QuerySelector("ul.attachments form"));
        Assert.Equal(HttpStatusCode.Forbidden, upload.Status);
        Assert.Equal(HttpStatusCode.Forbidden, remove.Status);
        Assert.Single(await portal.ReadAttachmentsAsync(id));
    }

    [Fact]
    public async Task Rejected_uploads_leave_no_row_and_no_file()
    {
        using var officer = await portal.SignInAsync("reject-officer", StaffRole.ContentOfficer);
        var id = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync("特种设备使用登记"));
        var filesBefore = portal.StoredFiles();
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"5\"/></svg>");
        (string FileName, byte[] Content, string Message)[] cases =
        [
            ("设定依据.pdf", html, "文件“设定依据.pdf”的内容与扩展名.pdf不符，可能是改了扩展名的其他文件，请上传原始文件。"),
            ("流程图.svg", svg, $"文件“流程图.svg”的类型不被接受：只能上传 {UploadRules.AcceptedExtensions} 文件。"),
            ("流程图.png", svg, "文件“流程图.png”的内容与扩展名.png不符，可能是改了扩展名的其他文件，请上传原始文件。"),
            ("扫描件.pdf", Pdf(3 * DraftPortalFixture.MaxFileBytes), "文件“扫描件.pdf”大小为 3 MB，超过上限 1 MB，请压缩或拆分后再上传。"),
            ("空白.pdf", [], "文件“空白.pdf”是空文件，请选择有内容的文件。"),
        ];

        foreach (var (fileName, content, message) in cases)
        {
            var page = await DraftPages.UploadAsync(officer, id, fileName, content);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
            Assert.Equal([message], DraftPages.Problems(page));
            Assert.Equal("特种设备使用登记", DraftPages.ValueOf(page, "Elements.Name"));
            Assert.Empty(await portal.ReadAttachmentsAsync(id));
            Assert.Equal(filesBefore, portal.StoredFiles());
        }

        Assert.DoesNotContain(
            await portal.ReadRecordsAsync("reject-officer"),
            record => record.Detail?.StartsWith("上传附件", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Upload_without_a_file_asks_for_one()
    {
        using var officer = await portal.SignInAsync("no-file-officer", StaffRole.ContentOfficer);
        var id = await DraftPages.StartNewAsync(officer, "无附件测试事项", "Other");
        var page = await officer.GetAsync($"/staff/drafts/{id}");
        var form = page.Document.QuerySelector("form[enctype='multipart/form-data']")!;
        Assert.Contains("每个不超过 1 MB", form.TextContent, StringComparison.Ordinal);

        var result = await officer.PostAsync(form.GetAttribute("action")!, [.. DraftPages.Fields(form)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, result.Status);
        Assert.Equal(["请选择要上传的文件。"], DraftPages.Problems(result));
        Assert.Empty(await portal.ReadAttachmentsAsync(id));
    }

    [Fact]
    public async Task Upload_keeps_only_the_file_name()
    {
        using var officer = await portal.SignInAsync("name-officer", StaffRole.ContentOfficer);
        var id = await DraftPages.StartNewAsync(officer, "附件名称测试事项", "Other");

        var uploaded = await DraftPages.UploadAsync(officer, id, "..\\..\\wwwroot\\照片.png", Png());

        uploaded.RequireRedirect($"/staff/drafts/{id}?saved=attachment");
        var attachment = Assert.Single(await portal.ReadAttachmentsAsync(id));
        Assert.Equal("照片.png", attachment.FileName);
        Assert.Equal("image/png", attachment.ContentType);
        Assert.StartsWith(Path.GetFullPath(portal.FilesFolder) + Path.DirectorySeparatorChar, Path.GetFullPath(Path.Combine(portal.FilesFolder, attachment.StoredName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_an_attachment_deletes_its_file()
    {
        using var officer = await portal.SignInAsync("remove-officer", StaffRole.ContentOfficer);
        var id = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync("第三类医疗器械经营许可"));
        (await DraftPages.UploadAsync(officer, id, "保留.pdf", Pdf(1_000))).RequireRedirect($"/staff/drafts/{id}?saved=attachment");
        (await DraftPages.UploadAsync(officer, id, "删除.pdf", Pdf(2_000))).RequireRedirect($"/staff/drafts/{id}?saved=attachment");
        var attachments = await portal.ReadAttachmentsAsync(id);
        var removed = attachments.Single(attachment => attachment.FileName == "删除.pdf");
        var kept = attachments.Single(attachment => attachment.FileName == "保留.pdf");
        var page = await officer.GetAsync($"/staff/drafts/{id}");
        var form = page.Document.QuerySelectorAll("ul.attachments li")
            .Single(item => item.QuerySelector("a")?.TextContent == "删除.pdf")
            .QuerySelector("form")!;

        var result = await officer.PostAsync(form.GetAttribute("action")!, [.. DraftPages.Fields(form)]);

        result.RequireRedirect($"/staff/drafts/{id}?saved=removed");
        Assert.Equal([kept.Id], (await portal.ReadAttachmentsAsync(id)).Select(attachment => attachment.Id));
        Assert.False(File.Exists(Path.Combine(portal.FilesFolder, removed.StoredName)));
        Assert.True(File.Exists(Path.Combine(portal.FilesFolder, kept.StoredName)));
        using var gone = await officer.GetForDownloadAsync($"/staff/drafts/{id}/attachments/{removed.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_draft_removes_its_attachment_files()
    {
        using var officer = await portal.SignInAsync("delete-officer", StaffRole.ContentOfficer);
        var id = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync("药品零售企业经营许可"));
        (await DraftPages.UploadAsync(officer, id, "依据一.pdf", Pdf(1_000))).RequireRedirect($"/staff/drafts/{id}?saved=attachment");
        (await DraftPages.UploadAsync(officer, id, "依据二.docx", Docx())).RequireRedirect($"/staff/drafts/{id}?saved=attachment");
        var stored = (await portal.ReadAttachmentsAsync(id)).Select(attachment => Path.Combine(portal.FilesFolder, attachment.StoredName)).ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, path => Assert.True(File.Exists(path)));
        var page = await officer.GetAsync($"/staff/drafts/{id}");
        var form = page.Document.QuerySelector("form[action*='handler=Delete']")!;

        var deleted = await officer.PostAsync(form.GetAttribute("action")!, [.. DraftPages.Fields(form)]);

        deleted.RequireRedirect("/staff/drafts");
        Assert.Null(await portal.ReadDraftAsync(id));
        Assert.Empty(await portal.ReadAttachmentsAsync(id));
        Assert.All(stored, path => Assert.False(File.Exists(path)));
        Assert.Contains(
            await portal.ReadRecordsAsync("delete-officer"),
            record => record.Action == AuditActions.ContentChanged && record.Detail == "删除草稿“药品零售企业经营许可”");
        var items = await officer.GetAsync("/staff/power-items");
        Assert.Contains("起草修改", items.Document.QuerySelector($"tr[data-code='{await portal.ItemCodeAsync("药品零售企业经营许可")}']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_delete_is_refused()
    {
        using var officer = await portal.SignInAsync("stale-delete-officer", StaffRole.ContentOfficer);
        var id = await DraftPages.StartNewAsync(officer, "删除冲突测试事项", "Other");
        var page = await officer.GetAsync($"/staff/drafts/{id}");
        (await DraftPages.EditAsync(officer, id, ("Elements.Remarks", "后来保存的备注"))).RequireRedirect($"/staff/drafts/{id}?saved=1");
        var form = page.Document.QuerySelector("form[action*='handler=Delete']")!;

        var deleted = await officer.PostAsync(form.GetAttribute("action")!, [.. DraftPages.Fields(form)]);

        Assert.Equal(HttpStatusCode.Conflict, deleted.Status);
        Assert.Contains("stale-delete-officer", DraftPages.Problems(deleted).Single(), StringComparison.Ordinal);
        Assert.Contains("未删除", DraftPages.Problems(deleted).Single(), StringComparison.Ordinal);
        Assert.NotNull(await portal.ReadDraftAsync(id));
    }

    private static byte[] Pdf(int length)
    {
        var content = new byte[length];
        "%PDF-1.7\n"u8.CopyTo(content);
        for (var index = 9; index < length; index++)
        {
            content[index] = (byte)(index * 7 % 251);
        }

        return content;
    }

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static byte[] Docx() => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00];
}

public sealed class SqliteDraftAttachmentTests(SqliteDraftPortalFixture portal)
    : DraftAttachmentTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresDraftAttachmentTests(PostgresDraftPortalFixture portal)
    : DraftAttachmentTests(portal), IClassFixture<PostgresDraftPortalFixture>;
