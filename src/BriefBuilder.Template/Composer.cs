using BriefBuilder.Model;
using Scriban;
using Scriban.Runtime;

namespace BriefBuilder.Template;

/// <summary>
/// Runs a brief through its template: front matter, series settings and body go into Scriban,
/// which writes the block XML that <see cref="BlockXmlReader"/> turns into a <see cref="LayoutDocument"/>.
/// </summary>
public static class Composer
{
    public static LayoutDocument Compose(Brief brief, SeriesSettings series, TemplateFolder template)
    {
        var front = brief.Front;
        var body = BlockObjects(brief.Body);
        var globals = new ScriptObject
        {
            ["brief"] = BriefObject(front),
            ["series"] = SeriesObject(series),
            ["editor"] = front.Editor ?? series.Editor
                ?? throw new SourceError(brief.File, 1, "missing key 'editor': series.yaml gives no default editor"),
            ["phone"] = front.Phone ?? series.Phone
                ?? throw new SourceError(brief.File, 1, "missing key 'phone': series.yaml gives no default phone"),
            ["copies"] = front.Copies ?? series.Copies,
            ["body"] = new ScriptArray(body),
        };
        var context = new BriefContext(CountBlocks(brief.Body));
        context.PushGlobal(globals);
        string xml;
        try
        {
            xml = template.Template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new SourceError(template.TemplateFile, e.Span.Start.Line + 1, e.OriginalMessage);
        }
        var layout = BlockXmlReader.Read(xml, brief.File, template);
        BodyCoverage.Check(body, layout, brief.File, template.TemplateFile);
        return layout;
    }

    private static int CountBlocks(IEnumerable<Block> blocks) => blocks.Sum(b => 1 + (b is Quote q ? CountBlocks(q.Blocks) : 0));

    private static ScriptObject BriefObject(FrontMatter f)
    {
        var lines = new ScriptObject();
        foreach (var (key, line) in f.KeyLines) lines[key] = line;
        return new ScriptObject
        {
            ["issue"] = f.Issue,
            ["total"] = f.Total,
            ["date"] = new ScriptObject { ["year"] = f.Date.Year, ["month"] = f.Date.Month, ["day"] = f.Date.Day, ["iso"] = f.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            ["recipients"] = new ScriptArray(f.Recipients),
            ["title"] = f.Title,
            ["title_lines"] = new ScriptArray(f.TitleLines),
            ["subtitle"] = f.Subtitle,
            ["key_lines"] = lines,
        };
    }

    private static ScriptObject SeriesObject(SeriesSettings s) => new()
    {
        ["name"] = s.Name,
        ["edition"] = s.Edition,
        ["publisher"] = s.Publisher,
        ["tagline"] = s.Tagline,
        ["address"] = s.Address,
        ["fax"] = s.Fax,
    };

    /// <summary>The values of a body block's <c>kind</c>, which the template's branches compare against.</summary>
    public static readonly IReadOnlyList<string> BlockKinds = ["heading", "paragraph", "quote"];

    private static List<TrackedBlock> BlockObjects(IEnumerable<Block> blocks) => blocks.Select(BlockObject).ToList();

    private static TrackedBlock BlockObject(Block block) => block switch
    {
        Heading h => new TrackedBlock(h, "heading", []) { ["kind"] = "heading", ["line"] = h.Line, ["level"] = h.Level, ["spans"] = SpanArray(h.Spans) },
        Paragraph p => new TrackedBlock(p, "paragraph", []) { ["kind"] = "paragraph", ["line"] = p.Line, ["spans"] = SpanArray(p.Spans) },
        Quote q => Quote(q, BlockObjects(q.Blocks)),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "no template form for this block"),
    };

    private static TrackedBlock Quote(Quote q, List<TrackedBlock> blocks) =>
        new(q, "quote", blocks) { ["kind"] = "quote", ["line"] = q.Line, ["blocks"] = new ScriptArray(blocks) };

    private static ScriptArray SpanArray(IEnumerable<Span> spans) =>
        new(spans.Select(s => new ScriptObject { ["text"] = s.Text, ["bold"] = s.Bold, ["italic"] = s.Italic }));
}
