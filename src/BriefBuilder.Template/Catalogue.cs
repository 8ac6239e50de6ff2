using System.Globalization;
using BriefBuilder.Model;
using Scriban.Runtime;

namespace BriefBuilder.Template;

/// <summary>A published brief as the year's catalogue lists it: <see cref="TitleLines"/> are the title's lines as the brief breaks it.</summary>
public sealed record CatalogueEntry(int Issue, int Total, DateOnly Date, IReadOnlyList<string> TitleLines, IReadOnlyList<string> Recipients);

/// <summary>
/// The year's catalogue 目录 through the same pipeline as a brief: <c>catalogue.scriban</c> in the
/// template folder lays it out with the calls of a brief's template, in the house styles, and both
/// writers then draw it.
/// </summary>
public static class Catalogue
{
    public const string TemplateFileName = "catalogue.scriban";

    public static LayoutDocument Compose(int year, IReadOnlyList<CatalogueEntry> entries, SeriesSettings series, TemplateFolder template)
    {
        var file = System.IO.Path.Combine(template.Path, TemplateFileName);
        if (!File.Exists(file)) throw new SourceError(file, 0, "the template folder has no catalogue template; brief publish needs it for the year's 目录");
        var briefs = entries.OrderBy(e => e.Total).Select(e => new ScriptObject
        {
            ["issue"] = e.Issue,
            ["total"] = e.Total,
            ["date"] = new ScriptObject { ["year"] = e.Date.Year, ["month"] = e.Date.Month, ["day"] = e.Date.Day },
            ["title_lines"] = new ScriptArray(e.TitleLines),
            ["recipients"] = new ScriptArray(e.Recipients),
        });
        var globals = new ScriptObject
        {
            ["year"] = year,
            // The catalogue is as new as its latest brief: a date from the content, not the clock.
            ["date"] = entries.Max(e => e.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["series"] = new ScriptObject { ["name"] = series.Name, ["edition"] = series.Edition, ["publisher"] = series.Publisher },
            ["briefs"] = new ScriptArray(briefs),
        };
        return template.Render(file, globals, file, entries.Count);
    }
}
