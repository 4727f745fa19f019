using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Hosting;

/// <summary>
/// Shows hostile rich text in Chromium and checks that none of it runs. Every payload sets window.__xss and opens an
/// alert when it runs. The undefended case proves that each payload does run, so the other cases can fail.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class RichTextTests(BrowserFixture portal)
{
    private static readonly Dictionary<string, string> s_payloads = new()
    {
        ["img-onerror"] = "<img src=\"missing.png\" onerror=\"window.__xss=1;alert(1)\">",
        ["svg-onload"] = "<svg onload=\"window.__xss=1;alert(1)\"></svg>",
        ["script"] = "<script>window.__xss=1;alert(1)</script>",
        ["body-onload"] = "<body onload=\"window.__xss=1;alert(1)\">",
        ["details-ontoggle"] = "<details open ontoggle=\"window.__xss=1;alert(1)\"><summary>摘要</summary></details>",
        ["iframe-srcdoc"] = "<iframe srcdoc=\"&lt;script&gt;parent.__xss=1;parent.alert(1)&lt;/script&gt;\"></iframe>",
        ["javascript-link"] = "<a href=\"javascript:window.__xss=1;alert(1)\">点击查看</a>",
        ["tab-in-scheme-link"] = "<a href=\"jav&#x09;ascript:window.__xss=1;alert(1)\">点击查看</a>",
    };

    public static TheoryData<string> Payloads => [.. s_payloads.Keys];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Sanitized_payload_stays_inert(string payload)
    {
        var outcome = await ShowAsync(payload, sanitize: true, securityHeaders: true);

        Assert.Equal(0, outcome.Runs);
        Assert.Empty(outcome.Dialogs);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Sanitizer_alone_disarms_payload(string payload)
    {
        var outcome = await ShowAsync(payload, sanitize: true, securityHeaders: false);

        Assert.Equal(0, outcome.Runs);
        Assert.Empty(outcome.Dialogs);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Content_security_policy_alone_blocks_payload(string payload)
    {
        var outcome = await ShowAsync(payload, sanitize: false, securityHeaders: true);

        Assert.Equal(0, outcome.Runs);
        Assert.Empty(outcome.Dialogs);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Undefended_payload_runs(string payload)
    {
        var outcome = await ShowAsync(payload, sanitize: false, securityHeaders: false);

        Assert.Equal(1, outcome.Runs);
        Assert.Equal(["1"], outcome.Dialogs);
    }

    private async Task<Outcome> ShowAsync(string payload, bool sanitize, bool securityHeaders)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await page.GotoAsync(RichTextPreview.Address(s_payloads[payload], sanitize, securityHeaders));
        foreach (var link in await page.Locator("#rich-text a").AllAsync())
        {
            await link.ClickAsync();
        }

        // GotoAsync waits for the load event, after image errors, frames and body onload. Toggle events and
        // javascript: links run as queued tasks later. The undefended case shows that this wait is long
        // enough for every payload to run.
        await page.WaitForTimeoutAsync(200);
        var runs = await page.EvaluateAsync<int>("() => window.__xss ?? 0");

        return new Outcome(runs, dialogs);
    }

    private sealed record Outcome(int Runs, List<string> Dialogs);
}
