using BriefBuilder.Model;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BriefBuilder.Source.Blocks;

/// <summary>
/// The editor's note, written as a marked block at the top of the body:
/// <code>
/// ::: 编者按
/// 近年来，……（one or more paragraphs）
/// :::
/// </code>
/// It holds paragraphs only, stands before everything else of the body (it is set after the title,
/// before the body), and leaves the words 编者按： to the template. A marked block of any other
/// name is refused.
/// </summary>
internal static class EditorNoteReader
{
    public const string Name = "编者按";

    /// <summary>
    /// The marked block's syntax: Markdig's fenced custom container without its inline form
    /// (<c>::text::</c>), which would take apart text an editor meant as text.
    /// </summary>
    public sealed class Syntax : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.BlockParsers.AddIfNotAlready<CustomContainerParser>();

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { } // nothing is rendered: the model is read
    }

    public static EditorNote Read(CustomContainer marked, MarkdownBody body)
    {
        var name = marked.Info ?? "";
        if (name != Name)
            throw body.Error(marked, $"'::: {name}' marks no kind of block; {Spelling.DidYouMean(name, [Name, AttachmentReader.Name])}the marked blocks are '::: {Name}', the editor's note, and '::: {AttachmentReader.Name} 标题', an attachment");
        if (!body.AtStart)
            throw body.Error(marked, $"an editor's note stands before the body, after the title: move the '::: {Name}' block to the top of the body (a brief has one)");
        var blocks = body.Blocks(marked);
        if (blocks.FirstOrDefault(b => b is not Paragraph) is { } other)
            throw new SourceError(body.File, other.Line, $"an editor's note holds paragraphs only, not a {other.Kind}; is the ':::' that closes it missing?");
        var paragraphs = blocks.Cast<Paragraph>().ToList();
        if (paragraphs.Count == 0)
            throw body.Error(marked, "the editor's note is empty: write its text between '::: 编者按' and ':::'");
        if (paragraphs[0].Text.StartsWith(Name, StringComparison.Ordinal))
            throw new SourceError(body.File, paragraphs[0].Line, $"the template prints '{Name}：' before the note: delete it from the note's text");
        return new EditorNote(body.Line(marked), paragraphs) { LastLine = body.LastLine(marked) };
    }
}
