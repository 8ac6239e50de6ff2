using BriefBuilder.Model;

namespace BriefBuilder.Lint;

/// <summary>
/// invisible: a character that <see cref="CharClass.Treatment"/> marks as pasted, never meant (a
/// line separator U+2028 from Word's Shift+Enter, a soft hyphen, direction marks, the object
/// replacement left where a picture was). Most editors do not show it, and it prints as nothing
/// or as a gap; --fix takes it out (a line separator between Latin words becomes a space). The
/// white spaces among them are the spacing rule's.
/// </summary>
public sealed class InvisibleRule : Rule
{
    public override IEnumerable<Finding> Check(LintInput input)
    {
        foreach (var line in input.Text)
        {
            for (var i = line.Start; i < line.End; i++)
            {
                var c = line[i];
                if (CharClass.IsSpace(c) || CharClass.Treatment(c) != CharTreatment.Lint) continue;
                var parts = c is '\u2028' or '\u2029' && i > line.Start && i + 1 < line.End && !CharClass.IsWide(line[i - 1]) && !CharClass.IsWide(line[i + 1]);
                yield return Fixable(input, line, "invisible", $"an invisible {CharClass.Describe(c)}",
                    "most editors do not show it (it comes with text pasted from Word or a web page); brief lint --fix takes it out", i, 1, parts ? " " : "");
            }
        }
    }
}
