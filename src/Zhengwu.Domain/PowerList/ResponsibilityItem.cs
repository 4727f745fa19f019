namespace Zhengwu.Domain.PowerList;

/// <summary>A duty a department bears when it exercises a power item (责任事项), e.g. 受理责任.</summary>
public sealed class ResponsibilityItem
{
    public ResponsibilityItem(string name, string content)
    {
        Name = name;
        Content = content;
    }

    public int Id { get; private set; }

    public int PowerItemId { get; private set; }

    public string Name { get; set; }

    public string Content { get; set; }

    public int SortOrder { get; set; }
}
