using System.Xml;
using System.Xml.Linq;
using BriefBuilder.Model;

namespace BriefBuilder.Template;

/// <summary>
/// Reads the block XML a template writes (<c>&lt;p&gt;</c>, <c>&lt;row&gt;</c>, <c>&lt;rule&gt;</c>,
/// <c>&lt;closing&gt;</c>, <c>&lt;info&gt;</c>) into a <see cref="LayoutDocument"/>, checking every
/// style name against the style file so a typo fails here and not in a writer.
/// </summary>
internal static class BlockXmlReader
{
    public static LayoutDocument Read(string xml, string briefFile, TemplateFolder template)
    {
        XElement root;
        try
        {
            root = XDocument.Parse(xml, LoadOptions.SetLineInfo).Root!;
        }
        catch (XmlException e)
        {
            throw new SourceError(template.TemplateFile, 0, $"the template wrote malformed block XML (line {e.LineNumber} of its output): {e.Message}");
        }
        var reader = new Reader(briefFile, template);
        var info = root.Element("info") ?? throw reader.Error(root, "the template must write an <info title=… author=… subject=…/> element");
        var date = DateOnly.Parse(Attr(info, "date", reader), System.Globalization.CultureInfo.InvariantCulture);
        return new LayoutDocument(
            new DocumentInfo(Attr(info, "title", reader), Attr(info, "author", reader), Attr(info, "subject", reader), date),
            reader.Blocks(root.Elements().Where(e => e.Name != "closing" && e.Name != "info")),
            reader.Blocks(root.Element("closing")?.Elements() ?? []));
    }

    private static string Attr(XElement e, string name, Reader reader) =>
        e.Attribute(name)?.Value ?? throw reader.Error(e, $"<{e.Name}> needs the attribute '{name}'");

    private sealed class Reader(string briefFile, TemplateFolder template)
    {
        private readonly HouseStyle _style = template.Style;

        public List<LayoutBlock> Blocks(IEnumerable<XElement> elements) => elements.Select(Block).ToList();

        private LayoutBlock Block(XElement e)
        {
            var source = new SourceRef(briefFile, int.TryParse(e.Attribute("line")?.Value, out var line) ? line : 0);
            var style = Attr(e, "style", this);
            switch (e.Name.LocalName)
            {
                case "p":
                    Check(e, _style.Paragraphs.ContainsKey(style), $"paragraph style '{style}'");
                    return new LayoutParagraph(style, Runs(e), source);
                case "row":
                    Check(e, _style.Paragraphs.ContainsKey(style), $"paragraph style '{style}'");
                    if (e.Elements().FirstOrDefault(c => c.Name.LocalName is not ("left" or "middle" or "right")) is { } stray)
                        throw Error(stray, $"unknown part <{stray.Name}> of a row; a row has <left>, <middle> and <right>");
                    return new LayoutRow(style, Part(e, "left"), Part(e, "middle"), Part(e, "right"), source);
                case "rule":
                    Check(e, _style.Rules.ContainsKey(style), $"rule style '{style}'");
                    return new LayoutRule(style, source);
                default:
                    throw Error(e, $"unknown block <{e.Name}>; the template may write <p>, <row>, <rule>, <closing> and <info>");
            }
        }

        private List<LayoutRun> Part(XElement row, string name) => Runs(row.Element(name) ?? new XElement(name));

        private List<LayoutRun> Runs(XElement parent)
        {
            var runs = new List<LayoutRun>();
            foreach (var node in parent.Nodes())
            {
                switch (node)
                {
                    case XText text:
                        runs.Add(new LayoutRun(text.Value));
                        break;
                    case XElement { Name.LocalName: "r" } r:
                        var style = r.Attribute("style")?.Value;
                        if (style is not null) Check(r, _style.Runs.ContainsKey(style), $"run style '{style}'");
                        runs.Add(new LayoutRun(r.Value, style, Flag(r, "b"), Flag(r, "i")));
                        break;
                    case XElement { Name.LocalName: "br" }:
                        runs.Add(LayoutRun.LineBreak);
                        break;
                    case XElement other:
                        throw Error(other, $"unknown inline <{other.Name}>; inside a paragraph the template may write text, <r> and <br/>");
                }
            }
            return runs.Where(r => r.Text.Length > 0).ToList();
        }

        private static bool Flag(XElement e, string name) => e.Attribute(name)?.Value == "true";

        private void Check(XElement e, bool defined, string what)
        {
            if (!defined) throw Error(e, $"{what} is not defined in {StyleReader.FileName}");
        }

        public SourceError Error(XElement e, string message) =>
            new(template.TemplateFile, 0, $"{message} (block XML line {((IXmlLineInfo)e).LineNumber})");
    }
}
