using BriefBuilder.Model;

namespace BriefBuilder.Lint;

/// <summary>One family of checks; each finding carries a stable code (punct-halfwidth, heading-sequence, …).</summary>
public abstract class Rule
{
    public abstract IEnumerable<Finding> Check(LintInput input);

    protected static Finding Error(LintInput input, int line, string code, string message, string hint, Edit? fix = null) =>
        new(new Diagnostic(input.File, line, Severity.Error, code, message, hint), fix);

    protected static Finding Warning(LintInput input, int line, string code, string message, string hint) =>
        new(new Diagnostic(input.File, line, Severity.Warning, code, message, hint));
}
