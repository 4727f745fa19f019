using System.Net;
using System.Text.Json;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;

namespace Zhengwu.Web.Tests.Staff.PowerList;

/// <summary>
/// The access matrix of the back office: every staff role against its own department, another department of its
/// region, a department of another region and ids that exist nowhere, through every page, API, export, preview,
/// attachment link and form post that reads or changes department content. The expected outcome of each case
/// comes from <see cref="AccessRule"/>, written out by hand from the requirement. A forbidden call must answer
/// 403 or 404 without a redirect, show nothing of the content it aimed at, leave every draft, attachment, item
/// and stored file as it was, and write exactly one access.denied record with result Denied for the account.
/// An allowed call must succeed and write no denial, and a list of items names an item's open draft only to
/// those who may read it; allowed changes use their own drafts and attachments or are undone, so no case
/// depends on the order of the others.
/// </summary>
public abstract class AccessMatrixTests(AccessMatrixFixture portal)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static TheoryData<string, AccessTarget, AccessAction> ItemCases => Cases(AccessRule.ItemActions);

    public static TheoryData<string, AccessTarget, AccessAction> DraftReadCases => Cases(AccessRule.DraftReadActions);

    public static TheoryData<string, AccessTarget, AccessAction> DraftEditCases => Cases(AccessRule.DraftEditActions);

    public static TheoryData<string, AccessTarget, AccessAction> UntargetedCases => Cases(AccessRule.UntargetedActions);

    [Fact]
    public void Rule_table_names_every_role_and_every_role_has_an_actor()
    {
        Assert.Equal(Enum.GetValues<StaffRole>().Order(), AccessRule.Table.Keys.Order());
        Assert.Equal(Enum.GetValues<StaffRole>().Order(), AccessMatrixFixture.Actors.Select(actor => actor.Role).Distinct().Order());
    }

    [Fact]
    public void Rule_table_counts_the_actions_each_role_reaches()
    {
        var actions = Enum.GetValues<AccessAction>();
        var allowed = Enum.GetValues<StaffRole>().ToDictionary(
            role => role,
            role => actions.Count(action => AccessRule.TargetsOf(action).Any(target => AccessRule.Allows(role, target, action))));

        // The content officer reaches all 16 actions on its own department; the lead reads but never edits.
        Assert.Equal(16, allowed[StaffRole.ContentOfficer]);
        Assert.Equal(10, allowed[StaffRole.DepartmentLead]);
        Assert.Equal(4, allowed[StaffRole.ReviewOfficeReviewer]);
        Assert.Equal(4, allowed[StaffRole.LegalAffairsReviewer]);
        Assert.All(
            new[]
            {
                StaffRole.FinanceBureau, StaffRole.PovertyReliefOffice, StaffRole.BigDataBureau,
                StaffRole.ServiceCenterAdministrator, StaffRole.SystemAdministrator, StaffRole.SecurityAdministrator,
                StaffRole.AuditAdministrator,
            },
            role => Assert.Equal(0, allowed[role]));
    }

    [Theory]
    [MemberData(nameof(ItemCases))]
    public Task Department_items_pages_exports_and_api(string actor, AccessTarget target, AccessAction action) =>
        CheckAsync(actor, target, action);

    [Theory]
    [MemberData(nameof(DraftReadCases))]
    public Task Draft_pages_previews_attachments_and_api(string actor, AccessTarget target, AccessAction action) =>
        CheckAsync(actor, target, action);

    [Theory]
    [MemberData(nameof(DraftEditCases))]
    public Task Draft_saves_deletes_uploads_removals_and_starts(string actor, AccessTarget target, AccessAction action) =>
        CheckAsync(actor, target, action);

    [Theory]
    [MemberData(nameof(UntargetedCases))]
    public Task Draft_lists_and_new_drafts(string actor, AccessTarget target, AccessAction action) =>
        CheckAsync(actor, target, action);

    private static TheoryData<string, AccessTarget, AccessAction> Cases(IEnumerable<AccessAction> actions)
    {
        var data = new TheoryData<string, AccessTarget, AccessAction>();
        foreach (var actor in AccessMatrixFixture.Actors)
        {
            foreach (var action in actions)
            {
                foreach (var target in AccessRule.TargetsOf(action))
                {
                    data.Add(actor.Key, target, action);
                }
            }
        }

        return data;
    }

    private async Task CheckAsync(string actorKey, AccessTarget target, AccessAction action)
    {
        var actor = portal.Actor(actorKey);
        var content = portal.ContentFor(actor, target);
        var allowed = AccessRule.Allows(actor.Role, target, action);
        var aim = target == AccessTarget.ForeignAttachmentOnOwnDraft
            ? $"draft of {content} with an attachment of {portal.ForeignAttachmentSource(actor)}"
            : content.ToString();
        var label = $"{actor.Role} ({actor.Key}, {actor.DepartmentName} [{actor.RegionCode}]) → {target}: {aim} → {action}"
            + $" (expected {(allowed ? "allowed" : "forbidden")})";
        var request = await PrepareAsync(actor, target, content, action, allowed);
        var before = await portal.SnapshotAsync();
        var recordsBefore = await portal.AuditRecordsOfAsync(actor);

        var response = await request.Send();

        label += $"; {response}";
        var newRecords = (await portal.AuditRecordsOfAsync(actor)).Skip(recordsBefore.Count).ToList();
        if (allowed)
        {
            Require(
                newRecords.All(record => record.Action != AuditActions.AccessDenied),
                label,
                "an allowed call wrote an access.denied record");
            await request.Verify(response, label);
        }
        else
        {
            await AssertForbiddenAsync(label, response, before, newRecords, request.Secrets);
        }
    }

    private async Task AssertForbiddenAsync(
        string label,
        AccessResponse response,
        MatrixSnapshot before,
        List<AuditRecord> newRecords,
        IEnumerable<string> secrets)
    {
        Require(
            response.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
            label,
            $"status {(int)response.Status}, expected 403 or 404");
        Require(response.Location is null, label, $"redirected to {response.Location}");
        var text = response.Text;
        foreach (var secret in secrets)
        {
            Require(!text.Contains(secret, StringComparison.Ordinal), label, $"the response shows \"{secret}\"");
        }

        var after = await portal.SnapshotAsync();
        RequireSame(label, "drafts", before.Drafts, after.Drafts);
        RequireSame(label, "attachments", before.Attachments, after.Attachments);
        RequireSame(label, "power items", before.Items, after.Items);
        RequireSame(label, "stored files", before.Files, after.Files);
        Require(
            newRecords is [{ Action: AuditActions.AccessDenied, Result: AuditResult.Denied }],
            label,
            "expected exactly one new audit record, access.denied with result Denied; got "
                + (newRecords.Count == 0 ? "none" : string.Join(", ", newRecords.Select(record => $"{record.Action}/{record.Result} {record.ObjectType} {record.ObjectId}"))));
    }

    /// <summary>Builds the request of one case, with what an allowed call must achieve and what it must undo.</summary>
    private async Task<MatrixRequest> PrepareAsync(
        MatrixActor actor,
        AccessTarget target,
        DepartmentContent content,
        AccessAction action,
        bool allowed)
    {
        var client = actor.Client;
        var own = portal.ContentFor(actor, AccessTarget.OwnDepartment);
        var foreign = portal.ForeignAttachmentSource(actor);
        var attachmentId = target == AccessTarget.ForeignAttachmentOnOwnDraft ? foreign.MainAttachmentId : content.MainAttachmentId;
        IEnumerable<string> secrets = target switch
        {
            AccessTarget.ForeignAttachmentOnOwnDraft => [foreign.MainAttachmentName, foreign.SpareAttachmentName],
            _ => content.Secrets,
        };
        var department = content.DepartmentId;
        var draft = content.MainDraftId;

        // Drafts stay inside their department: a role that may list a department's items but not read its drafts
        // must not learn from the list which items have an open draft.
        var showsDrafts = AccessRule.Allows(actor.Role, target, AccessAction.DraftPage);

        switch (action)
        {
            case AccessAction.ItemsPage:
                return new(() => client.GetAsync($"/staff/power-items?department={department}"), secrets, (response, label) =>
                {
                    RequireOk(response, label, "text/html");
                    Require(response.Text.Contains(content.ItemCode, StringComparison.Ordinal), label, $"the page lacks item {content.ItemCode}");
                    Require(
                        response.Text.Contains($"href=\"/staff/drafts/{draft}\"", StringComparison.Ordinal) == showsDrafts,
                        label,
                        showsDrafts ? "the page lacks the link to the item's draft" : "the page links to a draft the actor may not read");

                    return Task.CompletedTask;
                });
            case AccessAction.ExportCsv:
                return new(() => client.GetAsync($"/staff/power-items/export?department={department}&format=csv"), secrets, (response, label) =>
                {
                    RequireOk(response, label, "text/csv");
                    Require(response.Text.Contains(content.ItemCode, StringComparison.Ordinal), label, $"the CSV lacks item {content.ItemCode}");

                    return Task.CompletedTask;
                });
            case AccessAction.ExportXlsx:
                return new(() => client.GetAsync($"/staff/power-items/export?department={department}&format=xlsx"), secrets, (response, label) =>
                {
                    RequireOk(response, label, XlsxType);
                    Require(response.Body is [(byte)'P', (byte)'K', ..], label, "the XLSX is not a ZIP package");

                    return Task.CompletedTask;
                });
            case AccessAction.ItemsApi:
                return new(() => client.GetAsync($"/api/v1/staff/departments/{department}/power-items"), secrets, (response, label) =>
                {
                    RequireOk(response, label, "application/json");
                    using var json = JsonDocument.Parse(response.Body);
                    var row = json.RootElement.EnumerateArray().FirstOrDefault(row => row.GetProperty("code").GetString() == content.ItemCode);
                    Require(row.ValueKind == JsonValueKind.Object, label, $"the list lacks item {content.ItemCode}");
                    var draftIds = json.RootElement.EnumerateArray()
                        .Select(row => row.GetProperty("draftId"))
                        .Where(id => id.ValueKind != JsonValueKind.Null)
                        .Select(id => id.GetInt32())
                        .ToList();
                    Require(
                        showsDrafts ? draftIds.Contains(draft) : draftIds.Count == 0,
                        label,
                        showsDrafts
                            ? $"the list lacks draft {draft} of item {content.ItemCode}"
                            : $"the list names drafts [{string.Join(", ", draftIds)}] the actor may not read");

                    return Task.CompletedTask;
                });
            case AccessAction.DraftPage:
                return new(() => client.GetAsync($"/staff/drafts/{draft}"), secrets, (response, label) =>
                {
                    RequireOk(response, label, "text/html");
                    Require(response.Text.Contains(content.MainDraftName, StringComparison.Ordinal), label, "the page lacks the draft");

                    return Task.CompletedTask;
                });
            case AccessAction.DraftPreview:
                return new(() => client.GetAsync($"/staff/drafts/{draft}/preview"), secrets, (response, label) =>
                {
                    RequireOk(response, label, "text/html");
                    Require(response.Text.Contains(content.MainDraftName, StringComparison.Ordinal), label, "the preview lacks the draft");

                    return Task.CompletedTask;
                });
            case AccessAction.DraftAttachment:
                return new(() => client.GetAsync($"/staff/drafts/{draft}/attachments/{attachmentId}"), secrets, (response, label) =>
                {
                    RequireOk(response, label, "application/pdf");
                    Require(
                        response.Body.AsSpan().SequenceEqual(AccessMatrixFixture.Pdf(content.MainAttachmentName)),
                        label,
                        "the download is not the stored attachment");

                    return Task.CompletedTask;
                });
            case AccessAction.DraftApi:
                return new(() => client.GetAsync($"/api/v1/staff/drafts/{draft}"), secrets, (response, label) =>
                {
                    RequireOk(response, label, "application/json");
                    using var json = JsonDocument.Parse(response.Body);
                    Require(json.RootElement.GetProperty("id").GetInt32() == draft, label, "the API returned another draft");
                    Require(
                        json.RootElement.GetProperty("attachments").EnumerateArray()
                            .Any(attachment => attachment.GetProperty("id").GetGuid() == content.MainAttachmentId),
                        label,
                        "the API lacks the attachment");

                    return Task.CompletedTask;
                });
            case AccessAction.SaveDraft:
                {
                    // The form carries the draft's current version, so only the access check can stop the save.
                    var version = (await portal.FindDraftAsync(draft))?.Version ?? 1;

                    return new(
                        () => client.PostFormAsync(
                            $"/staff/drafts/{draft}",
                            ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            ("Elements.Name", allowed ? content.MainDraftName : "MATRIX-HIJACKED"),
                            ("Elements.Type", "Licensing"),
                            ("Elements.Remarks", $"saved by {actor.Key}")),
                        secrets,
                        async (response, label) =>
                        {
                            RequireRedirect(response, label, $"/staff/drafts/{draft}?saved=1");
                            var saved = await portal.FindDraftAsync(draft);
                            Require(saved?.Version == version + 1, label, $"the draft is at version {saved?.Version}, expected {version + 1}");
                        });
                }

            case AccessAction.DeleteDraft:
                {
                    // An allowed delete consumes a draft of its own; a forbidden one aims at the department's spare draft.
                    var (victim, victimAttachment) = allowed
                        ? await portal.AddThrowawayDraftAsync(content)
                        : (content.SpareDraftId, content.SpareAttachmentId);
                    var storedName = allowed ? (await portal.AttachmentsOfAsync(victim)).Single().StoredName : null;
                    var version = (await portal.FindDraftAsync(victim))?.Version ?? 1;

                    return new(
                        () => client.PostFormAsync(
                            $"/staff/drafts/{victim}?handler=Delete",
                            ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                        secrets,
                        async (response, label) =>
                        {
                            RequireRedirect(response, label, "/staff/drafts");
                            Require(await portal.FindDraftAsync(victim) is null, label, "the draft is still there");
                            Require((await portal.AttachmentsOfAsync(victim)).Count == 0, label, $"attachment {victimAttachment} is still there");
                            Require(!portal.FileExists(storedName!), label, "the attachment's file is still on disk");
                        });
                }

            case AccessAction.UploadAttachment:
                {
                    var existing = (await portal.AttachmentsOfAsync(draft)).Select(attachment => attachment.Id).ToHashSet();

                    return new(
                        () => client.PostFileAsync(
                            $"/staff/drafts/{draft}?handler=Upload",
                            "upload",
                            "matrix-upload.pdf",
                            AccessMatrixFixture.Pdf("MATRIX-UPLOAD-" + actor.Key),
                            "application/pdf"),
                        secrets,
                        async (response, label) =>
                        {
                            RequireRedirect(response, label, $"/staff/drafts/{draft}?saved=attachment");
                            var added = (await portal.AttachmentsOfAsync(draft)).Where(attachment => !existing.Contains(attachment.Id)).ToList();
                            Require(added.Count == 1 && portal.FileExists(added[0].StoredName), label, $"{added.Count} attachments were added");

                            // Undone, so the draft keeps the one attachment the other cases know.
                            await portal.RemoveAttachmentAsync(added[0].Id);
                        });
                }

            case AccessAction.RemoveAttachment:
                {
                    // An allowed removal consumes an attachment of its own; a forbidden one aims at the draft's attachment.
                    var removed = allowed ? await portal.AddThrowawayAttachmentAsync(draft) : null;
                    var removedId = removed?.Id ?? attachmentId;

                    return new(
                        () => client.PostFormAsync($"/staff/drafts/{draft}?handler=RemoveAttachment&attachmentId={removedId}"),
                        secrets,
                        async (response, label) =>
                        {
                            RequireRedirect(response, label, $"/staff/drafts/{draft}?saved=removed");
                            Require(
                                (await portal.AttachmentsOfAsync(draft)).All(attachment => attachment.Id != removedId),
                                label,
                                "the attachment is still there");
                            Require(!portal.FileExists(removed!.StoredName), label, "the attachment's file is still on disk");
                        });
                }

            case AccessAction.StartDraftFromItem:
                // The item already has an open draft, so an allowed start leads to it and a forbidden one must not name it.
                return new(
                    () => client.PostFormAsync("/staff/drafts/new?handler=FromItem", ("ItemCode", content.ItemCode)),
                    secrets,
                    (response, label) =>
                    {
                        RequireRedirect(response, label, $"/staff/drafts/{content.MainDraftId}");

                        return Task.CompletedTask;
                    });
            case AccessAction.DraftListPage:
                return new(() => client.GetAsync("/staff/drafts"), own.Secrets, (response, label) =>
                {
                    RequireOk(response, label, "text/html");
                    RequireOnlyOwnDrafts(label, own, response.Text);

                    return Task.CompletedTask;
                });
            case AccessAction.DraftListApi:
                return new(() => client.GetAsync("/api/v1/staff/drafts"), own.Secrets, async (response, label) =>
                {
                    RequireOk(response, label, "application/json");
                    using var json = JsonDocument.Parse(response.Body);
                    var listed = json.RootElement.EnumerateArray().Select(row => row.GetProperty("id").GetInt32()).Order().ToList();
                    var expected = (await portal.DraftsOfDepartmentAsync(actor.DepartmentId)).Select(row => row.Id).Order().ToList();
                    Require(listed.SequenceEqual(expected), label, $"listed drafts [{string.Join(", ", listed)}], expected [{string.Join(", ", expected)}]");
                    RequireOnlyOwnDrafts(label, own, response.Text);
                });
            case AccessAction.StartNewDraft:
                {
                    var existing = (await portal.DraftsOfDepartmentAsync(actor.DepartmentId)).Select(row => row.Id).ToHashSet();

                    return new(
                        () => client.PostFormAsync("/staff/drafts/new", ("Name", "MATRIX-NEW-" + actor.Key), ("Type", "Licensing")),
                        own.Secrets,
                        async (response, label) =>
                        {
                            var added = (await portal.DraftsOfDepartmentAsync(actor.DepartmentId)).Where(row => !existing.Contains(row.Id)).ToList();
                            Require(added.Count == 1, label, $"{added.Count} drafts were added to the actor's department");
                            RequireRedirect(response, label, $"/staff/drafts/{added[0].Id}");
                            await portal.RemoveDraftAsync(added[0].Id);
                        });
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    /// <summary>Requires a list of drafts to show the actor's department's drafts and no other department's.</summary>
    private void RequireOnlyOwnDrafts(string label, DepartmentContent own, string text)
    {
        Require(text.Contains(own.MainDraftName, StringComparison.Ordinal), label, $"the list lacks {own.MainDraftName}");
        Require(text.Contains(own.SpareDraftName, StringComparison.Ordinal), label, $"the list lacks {own.SpareDraftName}");
        foreach (var other in portal.AllContent.Where(other => other.DepartmentId != own.DepartmentId))
        {
            Require(!text.Contains(other.MainDraftName, StringComparison.Ordinal), label, $"the list shows {other.MainDraftName} of {other}");
            Require(!text.Contains(other.SpareDraftName, StringComparison.Ordinal), label, $"the list shows {other.SpareDraftName} of {other}");
        }
    }

    private static void RequireOk(AccessResponse response, string label, string contentType)
    {
        Require(response.Status == HttpStatusCode.OK, label, $"status {(int)response.Status}, expected 200");
        Require(response.ContentType == contentType, label, $"content type {response.ContentType}, expected {contentType}");
    }

    private static void RequireRedirect(AccessResponse response, string label, string location)
    {
        Require(
            response.Status == HttpStatusCode.Redirect && response.Location == location,
            label,
            $"expected a redirect to {location}");
    }

    private static void RequireSame(string label, string what, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (before.SequenceEqual(after))
        {
            return;
        }

        var removed = before.Except(after);
        var added = after.Except(before);
        Assert.Fail($"{label}: {what} changed.\n  before only: {string.Join("\n    ", removed)}\n  after only: {string.Join("\n    ", added)}");
    }

    private static void Require(bool condition, string label, string problem)
    {
        if (!condition)
        {
            Assert.Fail($"{label}: {problem}");
        }
    }

    /// <summary>One case's request, the texts a denial must not show, and the check of an allowed call.</summary>
    private sealed record MatrixRequest(
        Func<Task<AccessResponse>> Send,
        IEnumerable<string> Secrets,
        Func<AccessResponse, string, Task> Verify);
}

public sealed class SqliteAccessMatrixTests(SqliteAccessMatrixFixture portal)
    : AccessMatrixTests(portal), IClassFixture<SqliteAccessMatrixFixture>;

public sealed class PostgresAccessMatrixTests(PostgresAccessMatrixFixture portal)
    : AccessMatrixTests(portal), IClassFixture<PostgresAccessMatrixFixture>;
