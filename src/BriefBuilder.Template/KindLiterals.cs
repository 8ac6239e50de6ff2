using BriefBuilder.Model;
using BriefBuilder.Source;
using Scriban.Syntax;

namespace BriefBuilder.Template;

/// <summary>
/// Checks, when the template is loaded, every comparison of a block's <c>kind</c> with a text:
/// <c>b.kind == "heding"</c> is never true, so headings would silently take another branch's
/// style. Such a text must be one of the kinds the body has.
/// </summary>
internal sealed class KindLiterals(string templateFile) : ScriptVisitor
{
    public static void Check(ScriptPage page, string templateFile) => new KindLiterals(templateFile).Visit(page);

    public override void Visit(ScriptBinaryExpression node)
    {
        if (node.Operator is ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual)
        {
            CheckPair(node.Left, node.Right);
            CheckPair(node.Right, node.Left);
        }
        base.Visit(node);
    }

    void CheckPair(ScriptExpression? member, ScriptExpression? literal)
    {
        // Not `is ScriptLiteral { Value: string kind }`: Stryker cannot compile a mutant of a condition declaring a variable.
        var kind = (literal as ScriptLiteral)?.Value as string;
        if (member is not ScriptMemberExpression { Member.Name: "kind" } || kind is null) return;
        if (BlockKinds.Names.Contains(kind)) return;
        throw new SourceError(templateFile, literal!.Span.Start.Line + 1,
            $"no block has the kind '{kind}'; {Spelling.DidYouMean(kind, BlockKinds.Names)}the kinds are {string.Join(", ", BlockKinds.Names)}");
    }
}
