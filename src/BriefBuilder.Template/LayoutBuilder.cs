using System.Globalization;
using BriefBuilder.Model;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefBuilder.Template;

/// <summary>
/// What a template's calls make: the document's properties, the flow and the closing block, each
/// block checked against the style file where the call stands (so a misspelt style is an error at
/// its template line, not in a writer) and pointing back to the brief's line it came from.
/// </summary>
internal sealed class LayoutBuilder(string sourceFile, HouseStyle style)
{
    readonly List<LayoutBlock> flow = [];
    readonly List<LayoutBlock> closing = [];
    DocumentInfo? info;
    bool inClosing;

    public void Document(ScriptNode at, string title, string author, string subject, string date)
    {
        if (info is not null) throw Error(at, "the template calls document twice; a brief has one title, author, subject and date");
        // Declared apart, not `out var`: Stryker cannot compile a mutant of an expression declaring a variable.
        DateOnly day;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            throw Error(at, $"document's date must be written YYYY-MM-DD (brief.date.iso), not '{date}'");
        info = new DocumentInfo(title, author, subject, day);
    }

    public void Paragraph(ScriptNode at, string styleName, Content content, Content? source)
    {
        CheckParagraphStyle(at, styleName);
        Add(new LayoutParagraph(styleName, content.Runs, Source(content, source)));
    }

    public void Row(ScriptNode at, string styleName, Content left, Content middle, Content right, Content? source)
    {
        CheckParagraphStyle(at, styleName);
        if (left.Runs.Concat(middle.Runs).Concat(right.Runs).FirstOrDefault(r => r.IsLineBreak) is not null)
            throw Error(at, "a row is one line: its parts cannot hold a line break");
        Add(new LayoutRow(styleName, left.Runs, middle.Runs, right.Runs, Source(left.Blocks.Concat(middle.Blocks).Concat(right.Blocks), source)));
    }

    public void Rule(ScriptNode at, string styleName, Content? source)
    {
        if (!style.Rules.ContainsKey(styleName)) throw Error(at, $"rule style '{styleName}' is not defined in {StyleReader.FileName}");
        Add(new LayoutRule(styleName, Source([], source)));
    }

    /// <summary>A table: a body table block (written whole), or rows the template made, each a list of cells' content, the first the header.</summary>
    public void Table(ScriptNode at, string styleName, object? rows, Content? source)
    {
        if (!style.Tables.ContainsKey(styleName)) throw Error(at, $"table style '{styleName}' is not defined in {StyleReader.FileName}");
        // Not `is TrackedBlock { Block: Model.Table table } tracked`, for Stryker, as in Figure.
        var tracked = rows as TrackedBlock;
        var table = tracked?.Block as Model.Table;
        if (tracked is not null && table is not null)
        {
            tracked.Used = true;
            var (header, body) = Blocks.Tables.Rows(table, sourceFile);
            Add(new LayoutTable(styleName, header, body, table.Columns, Source([tracked], source)));
            return;
        }
        var from = Source([], source);
        var made = TemplateRows.Of(rows, at, from);
        Add(new LayoutTable(styleName, made[0], made[1..], made[0].Cells.Select(_ => (Alignment?)null).ToList(), from));
    }

    /// <summary>The picture of a figure block, which it marks written; its caption is the template's to set.</summary>
    public void Figure(ScriptNode at, string styleName, object? block)
    {
        if (!style.Figures.ContainsKey(styleName)) throw Error(at, $"figure style '{styleName}' is not defined in {StyleReader.FileName}");
        // Not `is not TrackedBlock { … } tracked`: Stryker cannot compile a mutant of a method with such a pattern variable.
        var tracked = block as TrackedBlock;
        var figure = tracked?.Block as Model.Figure;
        if (tracked is null || figure is null)
            throw Error(at, $"figure draws a figure block of the body (b, where b.kind == \"{Model.Figure.KindName}\"), not {(tracked is not null ? $"a {tracked.Block.Kind}" : block?.GetType().Name ?? "nothing (null)")}");
        tracked.Used = true;
        Add(new LayoutFigure(styleName, figure.Image, figure.Caption, new SourceRef(sourceFile, figure.Line)));
    }

    public void Closing(ScriptNode at)
    {
        if (inClosing) throw Error(at, "the template calls closing twice; everything after the first call is the closing block");
        inClosing = true;
    }

    /// <summary>A run in a character style of the style file.</summary>
    public RunValue Run(ScriptNode at, string text, string styleName) =>
        style.Runs.ContainsKey(styleName) ? RunValue.Of(new LayoutRun(text, styleName))
            : throw Error(at, $"run style '{styleName}' is not defined in {StyleReader.FileName}");

    public LayoutDocument Build(string templateFile) => new(
        info ?? throw new SourceError(templateFile, 0, "the template never calls document TITLE AUTHOR SUBJECT DATE: a document needs its properties"),
        flow, closing);

    void Add(LayoutBlock block) => (inClosing ? closing : flow).Add(block);

    void CheckParagraphStyle(ScriptNode at, string name)
    {
        if (!style.Paragraphs.ContainsKey(name)) throw Error(at, $"paragraph style '{name}' is not defined in {StyleReader.FileName}");
    }

    /// <summary>The line a block came from: given as a number or a body block, else its content's first body block's, else none.</summary>
    SourceRef Source(Content content, Content? source) => Source(content.Blocks, source);

    SourceRef Source(IEnumerable<TrackedBlock> blocks, Content? source)
    {
        var line = source?.Line ?? source?.Blocks.FirstOrDefault()?.Block.Line ?? blocks.FirstOrDefault()?.Block.Line ?? 0;
        return new SourceRef(sourceFile, line);
    }

    public static ScriptRuntimeException Error(ScriptNode at, string message) => new(at.Span, message);
}
