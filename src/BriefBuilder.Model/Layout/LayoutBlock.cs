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

/// <summary>
/// A block of the layout, one record per kind (the files beside this one), pointing back to where
/// it came from (<see cref="Source"/>). What only the model needs of a kind (its dump, its spacing,
/// its text) the kind says itself; every writer handles kinds through <see cref="ILayoutVisitor{T}"/>.
/// </summary>
public abstract record LayoutBlock(SourceRef Source)
{
    /// <summary>Its text in reading order, as a reader of the page meets it (a bookmark's title).</summary>
    public abstract string Text { get; }

    /// <summary>Where it stands in the flow: see <see cref="Placement"/>.</summary>
    public abstract BlockSpacing Spacing(HouseStyle style);

    /// <summary>
    /// Its height before any line is broken: one line a paragraph, or one per line the editor
    /// chose. What a writer that leaves the breaking to its reader (Word) stacks the first page with.
    /// </summary>
    public abstract double NominalHeight(HouseStyle style);

    /// <summary>Whether it is too wide for the text block and goes on a landscape page (<see cref="LandscapePages"/>).</summary>
    public abstract bool Landscape(HouseStyle style);

    /// <summary>Every run of text it prints, with the paragraph style that sets it: which font roles it needs.</summary>
    public abstract IEnumerable<(ParagraphStyle Paragraph, LayoutRun Run)> StyledRuns(HouseStyle style);

    public abstract T Accept<T>(ILayoutVisitor<T> visitor);

    /// <summary>Its lines in <see cref="ModelDump.Layout"/>, at <paramref name="depth"/>.</summary>
    internal abstract void Dump(DumpWriter text, int depth);

    /// <summary>" (file:line)" when the block came from a line of a file, else nothing.</summary>
    private protected string At => Source.Line > 0 ? $" ({FilePaths.Display(Source.File)}:{Source.Line})" : "";
}

/// <summary>
/// What a writer does with each kind of layout block: one method per kind, so that a kind a writer
/// cannot draw is a compile error, never a silent skip. A writer implements it once and registers
/// each kind in one line that calls that kind's own file.
/// </summary>
public interface ILayoutVisitor<out T>
{
    T Paragraph(LayoutParagraph paragraph);
    T Row(LayoutRow row);
    T Rule(LayoutRule rule);
    T Table(LayoutTable table);
    T Figure(LayoutFigure figure);
}

/// <summary>
/// Text in the paragraph's style, optionally with a character style and emphasis on top.
/// <see cref="LineBreak"/> is a line break the editor chose (a title's lines).
/// </summary>
public sealed record LayoutRun(string Text, string? Style = null, bool Bold = false, bool Italic = false)
{
    public static LayoutRun LineBreak { get; } = new("\n");

    public bool IsLineBreak => Text == "\n";

    /// <summary>The size its type is set in: its character style's, else its paragraph's.</summary>
    public double Size(ParagraphStyle paragraph, HouseStyle style) => (Style is null ? null : style.Run(Style).Size) ?? paragraph.Size;

    internal static void Dump(DumpWriter text, int depth, string side, IEnumerable<LayoutRun> runs)
    {
        foreach (var r in runs)
            text.Line(depth, $"{side}{(r.Style is null ? "" : $"[{r.Style}] ")}{(r.Bold ? "Bold " : "")}{(r.Italic ? "Italic " : "")}{ModelDump.Quote(r.Text)}");
    }
}
