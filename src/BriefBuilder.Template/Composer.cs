using BriefBuilder.Model;
using BriefBuilder.Template.Blocks;
using Scriban.Runtime;

namespace BriefBuilder.Template;

/// <summary>
/// Runs a brief through its template: front matter, series settings and body go into Scriban,
/// whose calls (<see cref="LayoutFunctions"/>) build the <see cref="LayoutDocument"/>; then every
/// body block must have been written by one of them (<see cref="BodyCoverage"/>).
/// </summary>
public static class Composer
{
    public static LayoutDocument Compose(Brief brief, SeriesSettings series, TemplateFolder template)
    {
        var front = brief.Front;
        var body = ScriptBlocks.Of(brief.Body);
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
            // The same blocks as in body, for the attachment note and the pages after the body.
            ["attachments"] = new ScriptArray(body.Where(b => b.Block is Attachment)),
        };
        var layout = template.Render(template.TemplateFile, globals, brief.File, brief.Body.Sum(Count));
        BodyCoverage.Check(body, brief.File, template.TemplateFile);
        return layout;
    }

    private static int Count(Block block) => 1 + block.Children.Sum(Count);

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
}
