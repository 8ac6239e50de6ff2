using BriefBuilder.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Source;

/// <summary>A text value of the front matter: its key, the value, its line, and the column where it stands verbatim (null: it does not).</summary>
public sealed record FrontMatterText(string Key, string Text, int Line, int? Column);

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
    /// The text values of <paramref name="keys"/> as YAML reads them (a list gives one value per
    /// item, a block scalar one per line), each at its line of the file. <see cref="FrontMatterText.Column"/>
    /// is set only where the value stands in the file character for character (an unquoted value
    /// on one line): only there can an edit of the value be made in the file.
    /// </summary>
    public static IReadOnlyList<FrontMatterText> TextValues(string text, string file, IEnumerable<string> keys)
    {
        var lines = text.Split('\n');
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        var m = YamlMapping.Parse(string.Join('\n', lines[1..end]), file, firstLine: 2);
        var values = new List<FrontMatterText>();
        foreach (var key in keys)
        {
            var scalars = m.Node(key) switch
            {
                YamlScalarNode s => [s],
                YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().ToList(),
                _ => new List<YamlScalarNode>(),
            };
            foreach (var scalar in scalars)
            {
                var value = scalar.Value ?? "";
                var line = m.LineOf(scalar);
                var column = (int)scalar.Start.Column - 1;
                var verbatim = scalar.Style is ScalarStyle.Plain && scalar.Start.Line == scalar.End.Line
                    && column >= 0 && column + value.Length <= lines[line - 1].Length && string.CompareOrdinal(lines[line - 1], column, value, 0, value.Length) == 0;
                if (verbatim) { values.Add(new(key, value, line, column)); continue; }
                // A block scalar's lines follow the line of its | or >; other values are blamed on their first line.
                var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
                var parts = value.TrimEnd('\n').Split('\n');
                for (var i = 0; i < parts.Length; i++)
                    values.Add(new(key, parts[i], block ? line + 1 + i : line, null));
            }
        }
        return values;
    }

    /// <summary>
    /// The title's lines where the editor chose them: a list of lines, or line breaks in a block
    /// scalar (<c>title: |</c>). A title on one line is one line; the layout balances it if long.
    /// Two phrases on one line parted by a space are parted by a full-width one
    /// (<see cref="CharClass.PhraseSpaces"/>).
    /// </summary>
    private static IReadOnlyList<string> TitleLines(YamlMapping m) =>
        (m.OptionalLines("title") ?? throw m.Missing("title", "the brief's title")).Select(CharClass.PhraseSpaces).ToList();

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
            Phone: m.OptionalPhone("phone"),
            Copies: m.OptionalInt("copies", "the number of printed copies, like 30"),
            KeyLines: lines);
    }
}
