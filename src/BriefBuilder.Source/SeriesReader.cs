using BriefBuilder.Model;

namespace BriefBuilder.Source;

/// <summary>Reads <c>content/series.yaml</c>: what every brief of the series shares.</summary>
public static class SeriesReader
{
    public const string FileName = "series.yaml";

    // 'numbering' belongs to the numbering check, which reads it itself.
    private static readonly string[] Keys = ["name", "edition", "publisher", "tagline", "address", "fax", "phone", "editor", "copies", "template", "numbering", "publish"];

    public static SeriesSettings Read(string path)
    {
        var m = YamlMapping.Parse(SourceText.Read(path), path);
        m.RejectUnknownKeys(Keys);
        return new SeriesSettings(
            File: path,
            Name: m.String("name", "the series name, like 领军参阅"),
            Edition: m.String("edition", "the edition label, like 专报"),
            Publisher: CharClass.PhraseSpaces(m.String("publisher", "the publisher line, like 苏州太湖书院 苏州太湖智库主办")),
            Tagline: m.String("tagline", "the tagline, like 市管重点新型智库"),
            Address: m.String("address", "the postal address of the closing block"),
            Fax: m.String("fax", "the fax number of the closing block"),
            Phone: m.OptionalPhone("phone"),
            Editor: m.OptionalString("editor"),
            Copies: m.Int("copies", "the default number of printed copies, like 30"),
            Template: m.String("template", "the template folder's name under templates/, like zhuanbao"))
        {
            Publish = m.OptionalMapping("publish") is { } p ? Publish(p) : null,
        };
    }

    private static PublishNames Publish(YamlMapping p)
    {
        p.RejectUnknownKeys(["brief", "catalogue"]);
        var brief = p.String("brief", "the published brief's file name, like \"{name}{edition} {year}年第{issue}期（总第{total}期）\"");
        if (!brief.Contains("{total}")) throw p.ErrorAt("brief", "the brief's name must contain {total}, so that no two briefs share a name");
        var catalogue = p.String("catalogue", "the year's catalogue file name, like \"{name}{edition} {year}年目录\"");
        if (!catalogue.Contains("{year}")) throw p.ErrorAt("catalogue", "the catalogue's name must contain {year}");
        if (brief.IndexOfAny(['/', '\\']) >= 0 || catalogue.IndexOfAny(['/', '\\']) >= 0)
            throw p.ErrorAt("brief", "a published name is a file name, without / or \\");
        return new PublishNames(brief, catalogue);
    }
}
