namespace BriefBuilder.Model;

/// <summary>
/// What the template makes of a brief: a short list of styled blocks that every writer
/// (DOCX, PDF) draws. Writers never see Markdown or front matter, only this.
/// </summary>
/// <param name="Flow">First page and body, in reading order.</param>
/// <param name="Closing">The closing block (版记), set at the foot of the last page.</param>
public sealed record LayoutDocument(DocumentInfo Info, IReadOnlyList<LayoutBlock> Flow, IReadOnlyList<LayoutBlock> Closing);

/// <summary>Document properties: title, author (the editor), subject (第N期（总第M期）), date.</summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, DateOnly Date);

public abstract record LayoutBlock(SourceRef Source);

/// <summary>A paragraph in a named paragraph style.</summary>
public sealed record LayoutParagraph(string Style, IReadOnlyList<LayoutRun> Runs, SourceRef Source) : LayoutBlock(Source)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>The runs between the editor's line breaks: one list for a paragraph without any.</summary>
    public IEnumerable<IReadOnlyList<LayoutRun>> Lines()
    {
        var line = new List<LayoutRun>();
        foreach (var run in Runs)
        {
            if (!run.IsLineBreak) { line.Add(run); continue; }
            yield return line;
            line = [];
        }
        yield return line;
    }
}

/// <summary>
/// One line with a part flush left, a part flush right (date and publisher, editor and phone)
/// and, optionally, a part centred in the room between them.
/// </summary>
public sealed record LayoutRow(string Style, IReadOnlyList<LayoutRun> Left, IReadOnlyList<LayoutRun> Middle, IReadOnlyList<LayoutRun> Right, SourceRef Source) : LayoutBlock(Source)
{
    /// <summary>The row's runs in reading order: left, middle, right.</summary>
    public IEnumerable<LayoutRun> Runs => Left.Concat(Middle).Concat(Right);
}

/// <summary>A horizontal rule the width of the text block.</summary>
public sealed record LayoutRule(string Style, SourceRef Source) : LayoutBlock(Source);

/// <summary>
/// Text in the paragraph's style, optionally with a character style and emphasis on top.
/// <see cref="LineBreak"/> is a line break the editor chose (a title's lines).
/// </summary>
public sealed record LayoutRun(string Text, string? Style = null, bool Bold = false, bool Italic = false)
{
    public static LayoutRun LineBreak { get; } = new("\n");

    public bool IsLineBreak => Text == "\n";
}
