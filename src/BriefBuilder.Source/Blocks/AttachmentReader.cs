using BriefBuilder.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace BriefBuilder.Source.Blocks;

/// <summary>
/// An attachment (附件), written as a marked block after the body, its title after the mark:
/// <code>
/// ::: 附件 2024年苏州市新型研发机构名单
/// 一、……（paragraphs, headings, quotes, figures: laid out like the body）
/// :::
/// </code>
/// Attachments stand after everything else of the body, in their order; the template numbers
/// them (附件1, 附件2 …; 附件 alone when there is one), names them in the attachment note below the
/// body, and sets each on pages of its own.
/// </summary>
internal static class AttachmentReader
{
    public const string Name = "附件";

    public static bool Is(CustomContainer marked) => marked.Info == Name;

    public static Attachment Read(CustomContainer marked, MarkdownBody body)
    {
        if (marked.Parent is not MarkdownDocument)
            throw body.Error(marked, $"an attachment stands on its own after the body, not inside another block: move the '::: {Name}' block out of it");
        var title = (marked.Arguments ?? "").Trim();
        if (title.Length == 0)
            throw body.Error(marked, $"an attachment needs its title after the mark: '::: {Name} 标题'");
        if (title.StartsWith(Name, StringComparison.Ordinal))
            throw body.Error(marked, $"the template prints '{Name}' and the attachment's number: write only the title after '::: {Name} '");
        var blocks = body.Blocks(marked);
        if (blocks.Count == 0)
            throw body.Error(marked, $"the attachment '{title}' is empty: write its text between '::: {Name} {title}' and ':::'");
        // Numbered once all are read (Number): 0 of 0 until then.
        return new Attachment(body.Line(marked), 0, 0, title, blocks) { LastLine = body.LastLine(marked) };
    }

    /// <summary>
    /// The body with its attachments numbered in order, once it is read whole; anything but an
    /// attachment after the first one is refused at its line, since attachments follow the body.
    /// </summary>
    public static IReadOnlyList<Model.Block> Number(IReadOnlyList<Model.Block> blocks, string file)
    {
        var first = blocks.ToList().FindIndex(b => b is Attachment);
        if (first < 0) return blocks;
        if (blocks.Skip(first).FirstOrDefault(b => b is not Attachment) is { } after)
            throw new SourceError(file, after.Line, $"attachments follow the body: move this {after.Kind} above the first '::: {Name}' (line {blocks[first].Line}), or into an attachment");
        var of = blocks.Count - first;
        return [.. blocks.Take(first), .. blocks.Skip(first).Cast<Attachment>().Select((a, i) => a with { Number = i + 1, Of = of })];
    }
}
