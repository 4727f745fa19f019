namespace Zhengwu.Browser.Tests;

/// <summary>
/// Test classes that share one <see cref="BrowserFixture"/>. Its tests run one after another, so a 2-core machine
/// never runs two Chromiums and two portals at once, which can push page waits past their 10 s timeout.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
