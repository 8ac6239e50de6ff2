using BriefBuilder.Lint;

namespace BriefBuilder.Tests.Lint;

/// <summary>
/// How Linter applies fixes: every fix of a line that does not overlap another in one round
/// (right to left, so the columns still to come stay true), the body of an import fixed as a
/// brief's, and the Markdown marks of a text with no front matter left to the reader's error.
/// </summary>
public class FixRoundTests
{
    [Fact]
    public void Marks_side_by_side_are_all_fixed_though_they_outnumber_the_rounds()
    {
        // Twelve edits, each ending where the next starts: Fix has ten rounds, so it must make them all in one.
        var text = LintRuleTests.Brief("真的吗?!?!?!?!?!?!");

        var (fixedText, applied, _) = Linter.Fix(text, "t.md");

        Assert.Equal(LintRuleTests.Brief("真的吗？！？！？！？！？！？！"), fixedText);
        Assert.Equal(Enumerable.Range(3, 12).Reverse(), applied.Select(f => f.Fix!.Column));
    }

    [Fact]
    public void An_import_s_body_is_fixed_as_a_brief_s_and_keeps_its_own_lines()
    {
        var (text, applied) = Linter.FixBody("苏州,是基地。\n\n真的吗?\n");

        Assert.Equal("苏州，是基地。\n\n真的吗？\n", text);
        // The body follows seven lines of front matter that only the Source stage needs.
        Assert.Equal([(8, 2), (10, 3)], applied.Select(f => (f.Fix!.Line, f.Fix.Column)).Order());
    }

    [Fact]
    public void A_text_with_no_front_matter_is_the_reader_s_error_alone()
    {
        // The --- further down closes nothing: what follows it is no body whose marks lint could name.
        var finding = Assert.Single(Linter.Check("# 一、标题\n\n---\n\n重点在于*协同创新。\n", "t.md"));

        Assert.Equal("source", finding.Diagnostic.Code);
    }
}
