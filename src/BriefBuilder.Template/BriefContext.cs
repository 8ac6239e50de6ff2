using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefBuilder.Template;

/// <summary>
/// Scriban as a brief's render needs it. A brief must never meet a limit that is there to stop
/// runaway scripts: loops and output are unlimited (a long brief is not a runaway), and recursion
/// may go as deep as the body has blocks. A mistake in the template must never drop text in
/// silence: an unknown variable or member (brief.titel) is an error, so is a number that is not a
/// number (copies / 0 would print Infinity), and so is a value printed where it goes nowhere
/// (only the template's calls reach the page).
/// </summary>
internal sealed class BriefContext : TemplateContext
{
    /// <summary>Scriban's own default: room for the template's helper functions calling one another.</summary>
    const int HelperDepth = 100;

    /// <summary>The expression evaluated last, whose value a statement then prints.</summary>
    ScriptNode? evaluated;

    public BriefContext(int bodyBlocks) : base(new LazyBuiltins())
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 0;
        LoopLimitQueryable = 0;
        // Not 0 (no limit): a template function that calls itself for ever would overflow the
        // stack and kill the process, where a limit gives a message with the template line.
        RecursiveLimit = HelperDepth + bodyBlocks;
        LimitToString = 0;
        OutputLimit = 0;
    }

    /// <summary>Every expression's value passes here, with the expression's own place in the template.</summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (scriptNode is not null && value is double or float && !double.IsFinite(Convert.ToDouble(value)))
            throw new ScriptRuntimeException(scriptNode.Span,
                $"the template computed {Convert.ToDouble(value).ToString(System.Globalization.CultureInfo.InvariantCulture)}, which is no number (a division by zero?)");
        evaluated = scriptNode ?? evaluated;
        return value;
    }

    /// <summary>A value the template prints: no page shows it, so anything but white space is an error.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrWhiteSpace(text))
            throw new ScriptRuntimeException(evaluated?.Span ?? span,
                $"the template prints “{(text.Length <= 20 ? text : text[..20] + "…")}”, which reaches no page: write text with paragraph, row and the other calls");
        return base.Write(span, textAsObject);
    }
}
