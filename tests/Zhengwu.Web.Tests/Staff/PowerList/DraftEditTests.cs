using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Tests.Staff.PowerList;

/// <summary>
/// A content officer drafts changes to an item of their department from the item list: each save counts a
/// version and is audited with the changed elements, invalid input is returned with Chinese messages, a stale save
/// is refused with the name of whoever saved first, and nothing of a draft reaches the public pages.
/// </summary>
public abstract class DraftEditTests(DraftPortalFixture portal)
{
    [Fact]
    public async Task Officer_edits_draft_of_department_item()
    {
        using var officer = await portal.SignInAsync("edit-officer", StaffRole.ContentOfficer);
        var code = await portal.ItemCodeAsync("食品经营许可");
        var publicBefore = await PublicItemAsync(code);

        var id = await DraftPages.StartFromItemAsync(officer, code);
        var opened = await officer.GetAsync($"/staff/drafts/{id}");

        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Equal("1", opened.Document.QuerySelector(".draft-version")?.TextContent);
        Assert.Contains($"修改事项 {code}", opened.Document.QuerySelector(".draft-meta")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("食品经营许可", DraftPages.ValueOf(opened, "Elements.Name"));
        Assert.Equal(nameof(PowerType.Licensing), DraftPages.ValueOf(opened, "Elements.Type"));
        Assert.Equal("《中华人民共和国食品安全法》第三十五条", DraftPages.ValueOf(opened, "Elements.LegalBasisText"));
        Assert.Equal("", DraftPages.ValueOf(opened, "Elements.StatutoryTimeLimitText"));

        var saved = await DraftPages.SaveAsync(
            officer,
            id,
            opened,
            ("Elements.StatutoryTimeLimitText", "自受理之日起20日内作出决定"),
            ("Elements.FeeText", "不收费"),
            ("Elements.MaterialsText", "食品经营许可申请书\r\n营业执照复印件"),
            ("Elements.Remarks", "草稿备注：拟调整办理时限"));

        saved.RequireRedirect($"/staff/drafts/{id}?saved=1");
        var reopened = await officer.GetAsync($"/staff/drafts/{id}?saved=1");
        Assert.Equal("2", reopened.Document.QuerySelector(".draft-version")?.TextContent);
        Assert.Equal("已保存为第 2 版。", reopened.Document.QuerySelector(".notice[role=status]")?.TextContent.Trim());
        Assert.Equal("草稿备注：拟调整办理时限", DraftPages.ValueOf(reopened, "Elements.Remarks"));

        var stored = await portal.ReadDraftAsync(id);
        Assert.NotNull(stored);
        Assert.Equal(2, stored.Version);
        Assert.Equal(code, stored.ItemCode);
        Assert.NotNull(stored.PowerItemId);
        Assert.Equal("edit-officer", stored.UpdatedByName);
        Assert.Equal("edit-officer", stored.CreatedByName);
        Assert.Equal("自受理之日起20日内作出决定", stored.Elements.StatutoryTimeLimitText);
        Assert.Equal("不收费", stored.Elements.FeeText);
        Assert.Equal("食品经营许可申请书\n营业执照复印件", stored.Elements.MaterialsText?.ReplaceLineEndings("\n"));
        Assert.Equal("草稿备注：拟调整办理时限", stored.Elements.Remarks);
        Assert.Equal("食品经营许可", stored.Elements.Name);

        Assert.Equal(publicBefore, await PublicItemAsync(code));
        var items = await officer.GetAsync("/staff/power-items");
        Assert.Equal($"/staff/drafts/{id}", items.Document.QuerySelector($"tr[data-code='{code}'] a[href^='/staff/drafts/']")?.GetAttribute("href"));

        var changes = (await portal.ReadRecordsAsync("edit-officer"))
            .Where(record => record.Action == AuditActions.ContentChanged)
            .ToList();
        Assert.Equal([$"起草修改事项 {code}", "修改：法定办结时限、收费标准、申请材料、备注"], changes.Select(record => record.Detail));
        Assert.All(changes, record => Assert.Equal(PowerItemDrafts.DraftObject, record.ObjectType));
        Assert.All(changes, record => Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), record.ObjectId));
        Assert.All(changes, record => Assert.Equal(AuditResult.Succeeded, record.Result));
        Assert.All(changes, record => Assert.Equal(nameof(StaffRole.ContentOfficer), record.Role));
    }

    [Fact]
    public async Task Starting_again_opens_the_same_draft()
    {
        using var officer = await portal.SignInAsync("restart-officer", StaffRole.ContentOfficer);
        var code = await portal.ItemCodeAsync("特种设备安全管理和作业人员资格认定");
        var id = await DraftPages.StartFromItemAsync(officer, code);
        var token = (await officer.GetAsync("/staff/power-items")).FormToken!;

        var again = await officer.PostAsync("/staff/drafts/new?handler=FromItem", ("ItemCode", code), (DraftPages.TokenField, token));

        Assert.Equal(id, DraftPages.DraftIdOf(again));
        Assert.Single(await portal.ReadDraftsAsync(), draft => draft.ItemCode == code);
    }

    [Fact]
    public async Task Invalid_input_is_returned_with_messages_and_not_stored()
    {
        using var officer = await portal.SignInAsync("invalid-officer", StaffRole.ContentOfficer);
        var id = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync("食品生产许可"));
        var before = await portal.ReadDraftAsync(id);
        var recordsBefore = await portal.ReadRecordsAsync("invalid-officer");

        var page = await DraftPages.EditAsync(
            officer,
            id,
            ("Elements.Name", ""),
            ("Elements.StatutoryTimeLimitText", "尽快办理"),
            ("Elements.Remarks", "不应保存的备注"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Equal(
            [
                "事项名称不能为空，请填写事项名称。",
                "无法识别法定办结时限“尽快办理”：请写成“自受理之日起20日内”“20个工作日”或“3个月”。",
            ],
            DraftPages.Problems(page));
        Assert.Equal("事项名称不能为空，请填写事项名称。", page.Document.QuerySelector("#name-error")?.TextContent);
        Assert.Equal("尽快办理", DraftPages.ValueOf(page, "Elements.StatutoryTimeLimitText"));
        Assert.Equal("不应保存的备注", DraftPages.ValueOf(page, "Elements.Remarks"));
        Assert.Equal("1", page.Document.QuerySelector(".draft-version")?.TextContent);

        var after = await portal.ReadDraftAsync(id);
        Assert.Equal(1, after?.Version);
        Assert.Equal(before?.Elements.Name, after?.Elements.Name);
        Assert.Equal(before?.Elements.Remarks, after?.Elements.Remarks);
        Assert.Equal(recordsBefore, await portal.ReadRecordsAsync("invalid-officer"));
    }

    [Fact]
    public async Task Invalid_legal_basis_and_type_are_named()
    {
        using var officer = await portal.SignInAsync("basis-officer", StaffRole.ContentOfficer);
        var id = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync("对违法生产经营的食品及相关物品的查封、扣押"));

        var page = await DraftPages.EditAsync(
            officer,
            id,
            ("Elements.LegalBasisText", "相关法律法规"),
            ("Elements.PromisedTimeLimitText", "视情况"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Equal(
            [
                "无法识别承诺办结时限“视情况”：请写成“自受理之日起20日内”“20个工作日”或“3个月”。",
                "无法识别设定依据“相关法律法规”：请用书名号写出法律法规名称，如《中华人民共和国行政许可法》第十二条。",
            ],
            DraftPages.Problems(page));
        Assert.Equal(1, (await portal.ReadDraftAsync(id))?.Version);
    }

    [Fact]
    public async Task Stale_save_is_refused_and_keeps_the_input()
    {
        using var first = await portal.SignInAsync("first-officer", StaffRole.ContentOfficer);
        using var second = await portal.SignInAsync("second-officer", StaffRole.ContentOfficer);
        var id = await DraftPages.StartFromItemAsync(first, await portal.ItemCodeAsync("特种设备使用登记"));
        var firstPage = await first.GetAsync($"/staff/drafts/{id}");
        var secondPage = await second.GetAsync($"/staff/drafts/{id}");
        Assert.Equal("1", secondPage.Document.QuerySelector(".draft-version")?.TextContent);

        portal.Clock.Advance(TimeSpan.FromMinutes(3));
        var savedAt = portal.Clock.GetUtcNow();
        var firstSave = await DraftPages.SaveAsync(
            first,
            id,
            firstPage,
            ("Elements.HandlingDivision", "特种设备安全监察处"),
            ("Elements.Remarks", "第一位专员的备注"));
        firstSave.RequireRedirect($"/staff/drafts/{id}?saved=1");

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        var secondSave = await DraftPages.SaveAsync(
            second,
            id,
            secondPage,
            ("Elements.HandlingDivision", "特种设备处"),
            ("Elements.OfficeHours", "工作日 9:00-17:00"),
            ("Elements.Remarks", "第二位专员的备注"));

        Assert.Equal(HttpStatusCode.Conflict, secondSave.Status);
        var conflict = secondSave.Document.QuerySelector(".conflict")?.TextContent ?? "";
        Assert.Contains($"first-officer 于 {ChinaTime.Display(savedAt)} 保存了第 2 版", conflict, StringComparison.Ordinal);
        Assert.Contains("与您不同的要素：承办处室、办公时间、备注", conflict, StringComparison.Ordinal);
        Assert.Equal("特种设备处", DraftPages.ValueOf(secondSave, "Elements.HandlingDivision"));
        Assert.Equal("工作日 9:00-17:00", DraftPages.ValueOf(secondSave, "Elements.OfficeHours"));
        Assert.Equal("第二位专员的备注", DraftPages.ValueOf(secondSave, "Elements.Remarks"));
        Assert.Equal("2", DraftPages.ValueOf(secondSave, "Version"));
        Assert.Contains(
            "对方保存的内容：第一位专员的备注",
            secondSave.Document.QuerySelectorAll(".conflict-value").Select(value => value.TextContent.Trim()));

        var stored = await portal.ReadDraftAsync(id);
        Assert.Equal(2, stored?.Version);
        Assert.Equal("first-officer", stored?.UpdatedByName);
        Assert.Equal("特种设备安全监察处", stored?.Elements.HandlingDivision);
        Assert.Equal("第一位专员的备注", stored?.Elements.Remarks);
        Assert.Null(stored?.Elements.OfficeHours);
        Assert.DoesNotContain(
            await portal.ReadRecordsAsync("second-officer"),
            record => record.Action == AuditActions.ContentChanged);

        // Saving the form as the conflict page returned it writes the second officer's input as version 3.
        var retry = await DraftPages.SaveAsync(second, id, secondSave);
        retry.RequireRedirect($"/staff/drafts/{id}?saved=1");
        var retried = await portal.ReadDraftAsync(id);
        Assert.Equal(3, retried?.Version);
        Assert.Equal("第二位专员的备注", retried?.Elements.Remarks);
    }

    [Fact]
    public async Task Lead_reads_the_draft_without_saving()
    {
        using var officer = await portal.SignInAsync("lead-test-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("department-lead", StaffRole.DepartmentLead);
        var code = await portal.ItemCodeAsync("药品零售企业经营许可");
        var id = await DraftPages.StartFromItemAsync(officer, code);

        var page = await lead.GetAsync($"/staff/drafts/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("药品零售企业经营许可", DraftPages.ValueOf(page, "Elements.Name"));
        Assert.True(page.Document.QuerySelector("form.draft-form fieldset")?.HasAttribute("disabled"));
        Assert.DoesNotContain(
            page.Document.QuerySelectorAll("button[type=submit]"),
            button => button.TextContent is "保存草稿" or "上传" or "删除草稿");
        Assert.Null(page.Document.QuerySelector("input[type=file]"));
        Assert.Contains("编辑由内容专员进行", page.Html, StringComparison.Ordinal);
        var preview = await lead.GetAsync($"/staff/drafts/{id}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);

        var token = page.FormToken!;
        var save = await lead.PostAsync(
            $"/staff/drafts/{id}",
            ("Version", "1"),
            ("Elements.Name", "组长改的名称"),
            ("Elements.Type", nameof(PowerType.Licensing)),
            (DraftPages.TokenField, token));
        var delete = await lead.PostAsync($"/staff/drafts/{id}?handler=Delete", ("Version", "1"), (DraftPages.TokenField, token));
        var start = await lead.PostAsync("/staff/drafts/new?handler=FromItem", ("ItemCode", code), (DraftPages.TokenField, token));
        var items = await lead.GetAsync("/staff/power-items");

        Assert.Equal(HttpStatusCode.Forbidden, save.Status);
        Assert.Equal(HttpStatusCode.Forbidden, delete.Status);
        Assert.Equal(HttpStatusCode.Forbidden, start.Status);
        Assert.Equal(HttpStatusCode.OK, items.Status);
        Assert.DoesNotContain("起草修改", items.Html, StringComparison.Ordinal);
        var stored = await portal.ReadDraftAsync(id);
        Assert.Equal(1, stored?.Version);
        Assert.Equal("药品零售企业经营许可", stored?.Elements.Name);
    }

    [Fact]
    public async Task New_item_draft_previews_with_code_assigned_on_publication()
    {
        using var officer = await portal.SignInAsync("new-officer", StaffRole.ContentOfficer);
        var publicSearch = await portal.GetPageAsync("/search?q=" + PortalRequests.Escape("网络食品交易第三方平台备案"));

        var id = await DraftPages.StartNewAsync(officer, "网络食品交易第三方平台备案", nameof(PowerType.Other));
        var page = await officer.GetAsync($"/staff/drafts/{id}");
        Assert.Contains("新增事项，发布时分配编码", page.Document.QuerySelector(".draft-meta")?.TextContent, StringComparison.Ordinal);
        var saved = await DraftPages.SaveAsync(
            officer,
            id,
            page,
            ("Elements.AgencyText", "兰州市市场监督管理局"),
            ("Elements.LegalBasisText", "《网络食品安全违法行为查处办法》第八条"),
            ("Elements.StatutoryTimeLimitText", "自收到备案材料之日起15个工作日内"),
            ("Elements.FeeText", "不收费"),
            ("Elements.ProcedureText", "提交备案材料\n审核\n公示"));
        saved.RequireRedirect($"/staff/drafts/{id}?saved=1");

        var preview = await officer.GetAsync($"/staff/drafts/{id}/preview");

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("草稿预览（第 2 版）：以下是发布后公众将看到的样子。草稿尚未公开。", preview.Document.QuerySelector(".draft-preview-notice")?.TextContent);
        Assert.Equal("网络食品交易第三方平台备案", preview.Document.QuerySelector("article.item h1")?.TextContent);
        Assert.Equal("事项编码：发布时分配", preview.Document.QuerySelector("article.item .item-meta .code")?.TextContent);
        Assert.Equal("其他行政权力", preview.Document.QuerySelector("article.item .item-meta .badge")?.TextContent);
        Assert.Contains("兰州市市场监督管理局（法定）", preview.Html, StringComparison.Ordinal);
        Assert.Equal("《网络食品安全违法行为查处办法》", preview.Document.QuerySelector("ol.bases cite")?.TextContent);
        Assert.Contains("15个工作日", preview.Html, StringComparison.Ordinal);
        Assert.Equal(
            ["第1步 提交备案材料", "第2步 审核", "第3步 公示"],
            preview.Document.QuerySelectorAll("ol.flowchart li").Select(step => string.Join(' ', step.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));

        var stored = await portal.ReadDraftAsync(id);
        Assert.Null(stored?.PowerItemId);
        Assert.Null(stored?.ItemCode);
        var publicAfter = await portal.GetPageAsync("/search?q=" + PortalRequests.Escape("网络食品交易第三方平台备案"));
        Assert.Equal(publicSearch.ItemNames(), publicAfter.ItemNames());
        Assert.DoesNotContain("网络食品交易第三方平台备案", publicAfter.ItemNames());
        var list = await officer.GetAsync("/staff/drafts");
        Assert.Equal("新增事项", list.Document.QuerySelector($"tr[data-draft='{id}'] td.code")?.TextContent);
    }

    [Fact]
    public async Task New_item_draft_needs_name_and_type()
    {
        using var officer = await portal.SignInAsync("new-invalid-officer", StaffRole.ContentOfficer);
        var before = (await portal.ReadDraftsAsync()).Count;

        var noName = await officer.SubmitAsync("/staff/drafts/new", ("Name", "  "), ("Type", nameof(PowerType.Licensing)));
        var noType = await officer.SubmitAsync("/staff/drafts/new", ("Name", "某某备案"), ("Type", ""));

        Assert.Equal(["事项名称不能为空，请填写事项名称。"], DraftPages.Problems(noName));
        Assert.Equal(["请选择权力类型。"], DraftPages.Problems(noType));
        Assert.Equal(before, (await portal.ReadDraftsAsync()).Count);
    }

    [Fact]
    public async Task Preview_of_item_draft_keeps_responsibility_items()
    {
        using var officer = await portal.SignInAsync("preview-officer", StaffRole.ContentOfficer);
        var code = await portal.ItemCodeAsync("第三类医疗器械经营许可");
        await portal.UpdateItemAsync(code, item =>
        {
            if (item.ResponsibilityItems.Count == 0)
            {
                item.ResponsibilityItems.Add(new("受理责任", "公示应当提交的材料，一次性告知补正材料。") { SortOrder = 1 });
                item.ResponsibilityItems.Add(new("审查责任", "对申请材料进行审核，必要时现场核查。") { SortOrder = 2 });
            }
        });
        var id = await DraftPages.StartFromItemAsync(officer, code);
        var saved = await DraftPages.EditAsync(officer, id, ("Elements.Name", "第三类医疗器械经营许可（草稿）"));
        saved.RequireRedirect($"/staff/drafts/{id}?saved=1");

        var preview = await officer.GetAsync($"/staff/drafts/{id}/preview");
        var published = await portal.GetPageAsync($"/power-items/{code}");

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("第三类医疗器械经营许可（草稿）", preview.Document.QuerySelector("article.item h1")?.TextContent);
        Assert.Equal($"事项编码：{code}", preview.Document.QuerySelector("article.item .item-meta .code")?.TextContent);
        Assert.NotNull(preview.Document.QuerySelector(".draft-preview-notice"));
        string[] duties = ["受理责任", "审查责任"];
        Assert.Equal(duties, Duties(preview.Document));
        Assert.Equal(duties, Duties(published.Document));
        Assert.Equal(
            published.Document.QuerySelectorAll("article.item ol.flowchart li").Select(step => step.TextContent),
            preview.Document.QuerySelectorAll("article.item ol.flowchart li").Select(step => step.TextContent));
        Assert.Equal("第三类医疗器械经营许可", published.Document.QuerySelector("article.item h1")?.TextContent);

        // The browser sends the unchanged multi-line elements back with CRLF line breaks; only the name changed.
        Assert.Equal(
            "修改：事项名称",
            (await portal.ReadRecordsAsync("preview-officer")).Last(record => record.Action == AuditActions.ContentChanged).Detail);
    }

    private static List<string> Duties(AngleSharp.Dom.IParentNode page)
    {
        var heading = page.QuerySelectorAll("article.item h2").Single(h2 => h2.TextContent == "责任事项");

        return [.. heading.NextElementSibling?.QuerySelectorAll("dt").Select(dt => dt.TextContent) ?? []];
    }

    private async Task<string> PublicItemAsync(string code)
    {
        var page = await portal.GetPageAsync($"/power-items/{code}");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        return page.Document.QuerySelector("article.item")?.OuterHtml ?? throw new InvalidOperationException("No item article.");
    }
}

public sealed class SqliteDraftEditTests(SqliteDraftPortalFixture portal)
    : DraftEditTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresDraftEditTests(PostgresDraftPortalFixture portal)
    : DraftEditTests(portal), IClassFixture<PostgresDraftPortalFixture>;
