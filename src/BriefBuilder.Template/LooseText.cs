using BriefBuilder.Model;
using Scriban.Syntax;

namespace BriefBuilder.Template;

/// <summary>
/// Text written in a template outside <c>{{ }}</c> reaches no page, since a template lays out its
/// brief with calls: anything but white space there is a mistake, refused at its line when the
/// template is loaded.
/// </summary>
internal sealed class LooseText(string templateFile) : ScriptVisitor
{
    public static void Check(ScriptPage page, string templateFile) => new LooseText(templateFile).Visit(page);

    public override void Visit(ScriptRawStatement node)
    {
        var text = node.Text.ToString();
        var at = text.TakeWhile(char.IsWhiteSpace).Count(c => c == '\n');
        if (!string.IsNullOrWhiteSpace(text))
            throw new SourceError(templateFile, node.Span.Start.Line + 1 + at,
                $"the text “{Excerpt(text.Trim())}” stands outside {{{{ }}}} and reaches no page: write it with paragraph, row and the other calls");
        base.Visit(node);
    }

    static string Excerpt(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
