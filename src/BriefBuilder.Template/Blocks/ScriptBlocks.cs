using BriefBuilder.Model;

namespace BriefBuilder.Template.Blocks;

/// <summary>
/// Each body block as the template sees it, each kind by its own file beside this one, registered
/// here in one line: <c>kind</c> and <c>line</c> for all, and the members of the kind.
/// </summary>
internal sealed class ScriptBlocks : IBlockVisitor<TrackedBlock>
{
    public static List<TrackedBlock> Of(IEnumerable<Block> blocks) => blocks.Select(b => b.Accept(Instance)).ToList();

    static readonly ScriptBlocks Instance = new();

    public TrackedBlock Paragraph(Paragraph paragraph) => TextBlocks.Of(paragraph, paragraph.Spans);
    public TrackedBlock Heading(Heading heading) => Headings.Of(heading);
    public TrackedBlock Quote(Quote quote) => Quotes.Of(quote);
    public TrackedBlock EditorNote(EditorNote note) => EditorNotes.Of(note);
    public TrackedBlock Table(Table table) => Tables.Of(table);
    public TrackedBlock Figure(Figure figure) => Figures.Of(figure);
    public TrackedBlock Attachment(Attachment attachment) => Attachments.Of(attachment);
}
