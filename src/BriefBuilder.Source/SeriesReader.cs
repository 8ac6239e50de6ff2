using BriefBuilder.Model;

namespace BriefBuilder.Source;

/// <summary>Reads <c>content/series.yaml</c>: what every brief of the series shares.</summary>
public static class SeriesReader
{
    public const string FileName = "series.yaml";

    // 'numbering' belongs to the numbering check, which reads it itself.
    private static readonly string[] Keys = ["name", "edition", "publisher", "tagline", "address", "fax", "phone", "editor", "copies", "template", "numbering"];

    public static SeriesSettings Read(string path)
    {
        var m = YamlMapping.Parse(SourceText.Read(path), path);
        m.RejectUnknownKeys(Keys);
        return new SeriesSettings(
            File: path,
            Name: m.String("name", "the series name, like 领军参阅"),
            Edition: m.String("edition", "the edition label, like 专报"),
            Publisher: m.String("publisher", "the publisher line, like 苏州太湖书院 苏州太湖智库主办"),
            Tagline: m.String("tagline", "the tagline, like 市管重点新型智库"),
            Address: m.String("address", "the postal address of the closing block"),
            Fax: m.String("fax", "the fax number of the closing block"),
            Phone: m.OptionalString("phone"),
            Editor: m.OptionalString("editor"),
            Copies: m.Int("copies", "the default number of printed copies, like 30"),
            Template: m.String("template", "the template folder's name under templates/, like zhuanbao"));
    }
}
