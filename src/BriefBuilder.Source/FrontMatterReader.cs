using BriefBuilder.Model;

namespace BriefBuilder.Source;

/// <summary>Splits a brief into its YAML front matter and Markdown body and reads the front matter.</summary>
public static class FrontMatterReader
{
    private static readonly string[] Keys = ["issue", "total", "date", "recipients", "title", "subtitle", "editor", "phone", "copies"];

    /// <summary>The front matter and the body, with the line of the file the body starts on.</summary>
    public static (FrontMatter Front, string Body, int BodyLine) Split(string text, string file)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
            throw new SourceError(file, 1, "expected front matter: the file must start with a line '---', then the keys (issue, total, date, …), then '---'");
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (end < 0)
            throw new SourceError(file, lines.Length, "the front matter is not closed: add a line '---' after its last key");
        var yaml = string.Join('\n', lines[1..end]);
        var front = Read(YamlMapping.Parse(yaml, file, firstLine: 2));
        return (front, string.Join('\n', lines[(end + 1)..]), end + 2);
    }

    /// <summary>
    /// The title's lines where the editor chose them: a list of lines, or line breaks in a block
    /// scalar (<c>title: |</c>). A title on one line is one line; the layout balances it if long.
    /// </summary>
    private static IReadOnlyList<string> TitleLines(YamlMapping m) =>
        m.OptionalLines("title") ?? throw m.Missing("title", "the brief's title");

    private static FrontMatter Read(YamlMapping m)
    {
        m.RejectUnknownKeys(Keys);
        var lines = Keys.Where(m.Has).ToDictionary(k => k, m.LineOf);
        return new FrontMatter(
            Issue: m.Int("issue", "第N期 as a whole number, like 20"),
            Total: m.Int("total", "总第M期 as a whole number, like 102"),
            Date: m.Date("date"),
            Recipients: m.OptionalList("recipients") ?? throw m.Missing("recipients", "a list of names, like [刘小涛书记, 王颺秘书长]"),
            TitleLines: TitleLines(m),
            Subtitle: m.OptionalString("subtitle"),
            Editor: m.OptionalString("editor"),
            Phone: m.OptionalString("phone"),
            Copies: m.OptionalInt("copies", "the number of printed copies, like 30"),
            KeyLines: lines);
    }
}
