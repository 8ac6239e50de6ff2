using BriefBuilder.Lint;
using CsCheck;

namespace BriefBuilder.Tests.Lint;

public class LintFixPropertyTests
{
    // Chinese, Latin, digits, the marks the rules look at in both widths, spaces and emphasis.
    private const string Alphabet = "苏州创新发展是一二三四第，。、；：？！“”‘’（）《》,.:;?!()\"' -—…０１2*aB";

    // What a fix may write or remove: marks, spaces, digits. Everything else must come through untouched.
    private const string Touched = ",.:;?!()\"'-—―…⋯·。，、：；？！（）“”‘’ \t\u3000";

    private static readonly Gen<string> Body =
        Gen.String[Gen.Char[Alphabet], 1, 30].Array[1, 4].Select(p => string.Join("\n\n", p));

    [Fact]
    public void Fix_is_idempotent_and_changes_only_what_its_findings_name() =>
        Body.Sample(body =>
        {
            var text = LintRuleTests.Brief(body);
            var (once, applied, withheld) = Linter.Fix(text, "t.md");
            var (twice, again, _) = Linter.Fix(once, "t.md");

            Assert.Equal(once, twice);
            Assert.Empty(again);
            var (before, after) = (text.Split('\n'), once.Split('\n'));
            Assert.Equal(before.Length, after.Length);
            for (var i = 0; i < before.Length; i++)
                if (before[i] != after[i])
                    Assert.Contains(applied, f => f.Fix!.Line == i + 1);
            Assert.Equal(Kept(text), Kept(once));
            // Fixes never make a readable brief unreadable: a line whose fixes would is left as it was.
            Assert.Equal(Readable(text), Readable(once));
            Assert.All(withheld, w => Assert.Equal(before[w.Line - 1], after[w.Line - 1]));
        });

    private static bool Readable(string text) => Linter.Check(text, "t.md").All(f => f.Diagnostic.Code != "source");

    private static string Kept(string text) =>
        string.Concat(text.Where(c => !Touched.Contains(c)).Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c));
}
