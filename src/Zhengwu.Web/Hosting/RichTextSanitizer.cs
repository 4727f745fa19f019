using AngleSharp.Dom;
using Ganss.Xss;

namespace Zhengwu.Web.Hosting;

/// <summary>
/// Reduces HTML from a rich text editor to paragraphs, line breaks, emphasis, lists, links, level 3 and 4 headings
/// and simple tables. Everything else is removed: scripts, styles, frames, plugins, SVG, MathML, forms, event
/// handler and style attributes, classes and ids. Links keep only http, https, mailto and relative addresses and
/// get rel="noopener noreferrer". Other removed elements keep their text, so a stray div or span loses no content.
/// </summary>
/// <remarks>
/// HtmlSanitizer's README documents Sanitize as thread-safe while no property changes, and this class changes none
/// after construction, so one instance serves every request.
/// </remarks>
public sealed class RichTextSanitizer
{
    private static readonly string[] s_allowedTags =
    [
        "p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    ];

    private static readonly string[] s_allowedAttributes = ["href", "colspan", "rowspan", "scope"];

    private static readonly string[] s_allowedSchemes = ["http", "https", "mailto"];

    // Elements whose content is code, markup for another parser or form controls. Kept as text it would show
    // script source or CSS on the page, so these go with their content.
    private static readonly HashSet<string> s_removedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
        "form", "noscript", "noembed", "noframes", "xmp", "textarea", "select", "title",
    };

    private readonly HtmlSanitizer _sanitizer;

    public RichTextSanitizer()
    {
        // Empty() starts from nothing allowed, unlike new HtmlSanitizerOptions(), which allows the library's broad
        // default set, including style attributes and CSS.
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags = new HashSet<string>(s_allowedTags, StringComparer.OrdinalIgnoreCase);
        options.AllowedAttributes = new HashSet<string>(s_allowedAttributes, StringComparer.OrdinalIgnoreCase);
        options.UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase);
        options.AllowedSchemes = new HashSet<string>(s_allowedSchemes, StringComparer.OrdinalIgnoreCase);

        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        _sanitizer.RemovingTag += (_, e) => RemoveContentOfCodeElements(e.Tag);
        _sanitizer.PostProcessNode += (_, e) => AddLinkRel(e.Node);
    }

    /// <summary>Returns <paramref name="html"/> with everything outside the allowed markup removed.</summary>
    public string Sanitize(string html) => _sanitizer.Sanitize(html);

    private static void RemoveContentOfCodeElements(IElement element)
    {
        if (!s_removedWithContent.Contains(element.LocalName))
        {
            return;
        }

        while (element.FirstChild is { } child)
        {
            element.RemoveChild(child);
        }
    }

    // A link into another site must not get a handle on this window or learn which page linked to it.
    private static void AddLinkRel(INode node)
    {
        if (node is IElement { LocalName: "a" } link && link.HasAttribute("href"))
        {
            link.SetAttribute("rel", "noopener noreferrer");
        }
    }
}
