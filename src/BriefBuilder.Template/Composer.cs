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
        var globals = new ScriptObject
        {
            ["brief"] = BriefObject(front),
            ["series"] = SeriesObject(series),
            ["editor"] = front.Editor ?? series.Editor
                ?? throw new SourceError(brief.File, 1, "missing key 'editor': series.yaml gives no default editor"),
            ["phone"] = front.Phone ?? series.Phone
                ?? throw new SourceError(brief.File, 1, "missing key 'phone': series.yaml gives no default phone"),
            ["copies"] = front.Copies ?? series.Copies,
            ["body"] = BlockArray(brief.Body),
        };
        var context = new TemplateContext { StrictVariables = true };
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
        return BlockXmlReader.Read(xml, brief.File, template);
    }

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

    private static ScriptArray BlockArray(IEnumerable<Block> blocks) => new(blocks.Select(BlockObject));

    private static ScriptObject BlockObject(Block block) => block switch
    {
        Heading h => new ScriptObject { ["kind"] = "heading", ["line"] = h.Line, ["level"] = h.Level, ["spans"] = SpanArray(h.Spans) },
        Paragraph p => new ScriptObject { ["kind"] = "paragraph", ["line"] = p.Line, ["spans"] = SpanArray(p.Spans) },
        Quote q => new ScriptObject { ["kind"] = "quote", ["line"] = q.Line, ["blocks"] = BlockArray(q.Blocks) },
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "no template form for this block"),
    };

    private static ScriptArray SpanArray(IEnumerable<Span> spans) =>
        new(spans.Select(s => new ScriptObject { ["text"] = s.Text, ["bold"] = s.Bold, ["italic"] = s.Italic }));
}
