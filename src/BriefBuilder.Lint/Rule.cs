using BriefBuilder.Model;

namespace BriefBuilder.Lint;

/// <summary>One family of checks; each finding carries a stable code (punct-halfwidth, heading-sequence, …).</summary>
public abstract class Rule
{
    public abstract IEnumerable<Finding> Check(LintInput input);

    protected static Finding Error(LintInput input, int line, string code, string message, string hint, Edit? fix = null) =>
        Error(input.File, line, code, message, hint, fix);

    protected static Finding Error(string file, int line, string code, string message, string hint, Edit? fix = null) =>
        new(new Diagnostic(file, line, Severity.Error, code, message, hint), fix);

    /// <summary>
    /// An error whose fix replaces <paramref name="length"/> characters at <paramref name="column"/>
    /// of <paramref name="line"/> with <paramref name="text"/>; explained but not applied where the
    /// line is a front-matter value that does not stand in the file as it reads.
    /// </summary>
    protected static Finding Fixable(LintInput input, TextLine line, string code, string message, string hint, int column, int length, string text) =>
        line.Editable
            ? Error(input, line.Number, code, message, hint, new Edit(line.Number, column, length, text))
            : Error(input, line.Number, code, message, hint + "; --fix leaves this one to you: the value is quoted or spans lines in the YAML, so change it there by hand");

    protected static Finding Warning(LintInput input, int line, string code, string message, string hint) =>
        new(new Diagnostic(input.File, line, Severity.Warning, code, message, hint));
}
