using BriefBuilder.Model;
using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using BriefBuilder.Source.Blocks;

namespace BriefBuilder.Source;

/// <summary>
/// The Markdown the house writes, as one Markdig pipeline: what the body reader builds from and
/// what lint looks for stray marks in, so the two can never disagree about what is emphasis.
/// </summary>
internal static class MarkdownSyntax
{
    public static readonly MarkdownPipeline Pipeline = Build();

    /// <summary>
    /// Markdig stops at a nesting depth no brief comes near (thousands of > quotes or unclosed *
    /// marks); that is the brief's mistake, said at the line that nests deepest, in every command.
    /// </summary>
    public static MarkdownDocument Parse(string markdown, string file, int firstLine)
    {
        try
        {
            return Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            var lines = markdown.Split('\n');
            var deepest = Enumerable.Range(0, lines.Length).MaxBy(i => lines[i].Count(c => c is '>' or '*' or '_' or '[' or '~'));
            throw new SourceError(file, firstLine + deepest,
                "this line nests Markdown too deeply (thousands of > quote marks, or * _ [ marks left open); a brief has at most a quote in a quote: remove the marks");
        }
    }

    static MarkdownPipeline Build()
    {
        // Pipe tables are read (TableReader); grid tables and footnotes are parsed only so that they
        // can be refused by name instead of printing as '|' text or being taken for links (a footnote's text would otherwise vanish
        // as a link definition).
        // CJK-friendly emphasis (tats-u/markdown-cjk-friendly): CommonMark lets a closing ** after
        // a mark like 。 close only before a space or another mark, which Chinese text never has,
        // so the house's **一是……。**抢占 printed its stars.
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().UseFootnotes().UseCjkFriendlyEmphasis()
            .Use<EditorNoteReader.Syntax>();
        // CommonMark's _ and __ never open or close inside a word, and to Unicode a run of Chinese
        // text is one long word: 中__加粗__文 printed its underscores. Within words they pair as
        // * and ** do; a literal underscore is written \_ (lint names any that pair with nothing).
        // Set before Build, which maps each emphasis character to its descriptor.
        var descriptors = builder.InlineParsers.FindExact<EmphasisInlineParser>()!.EmphasisDescriptors;
        var underscore = descriptors.FindIndex(d => d.Character == '_');
        descriptors[underscore] = new EmphasisDescriptor('_', descriptors[underscore].MinimumCount, descriptors[underscore].MaximumCount, enableWithinWord: true);
        return builder.Build();
    }
}
