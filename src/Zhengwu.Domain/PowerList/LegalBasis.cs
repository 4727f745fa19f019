namespace Zhengwu.Domain.PowerList;

/// <summary>One law, regulation, rule or normative document cited as the basis of an item.</summary>
public sealed class LegalBasis
{
    /// <summary>The title without book-title marks, e.g. 中华人民共和国行政许可法.</summary>
    public required string Title { get; init; }

    /// <summary>The document number such as 国发〔2016〕72号, when the citation gives one.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The cited articles as written, e.g. 第十二条、第十七条; null when the whole text is cited.</summary>
    public string? Articles { get; init; }

    /// <summary>The text of the cited articles, filled in from a law library when one is configured.</summary>
    public string? Text { get; set; }

    /// <summary>
    /// Whether the cited articles were found in the law library: null when the title is not in the library
    /// or no library was used.
    /// </summary>
    public bool? ArticlesFound { get; set; }
}
