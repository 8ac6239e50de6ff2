using BriefBuilder.Model;

namespace BriefBuilder.Lint;

/// <summary>
/// Runs every rule over one brief's text and applies the fixable findings. Works on text, so
/// <c>brief lint</c>, the build's gate and <c>brief import</c> share it; files are the caller's.
/// </summary>
public static class Linter
{
    private static readonly Rule[] Rules =
        [new HalfWidthRule(), new MarkRunRule(), new PairingRule(), new SpacingRule(), new InvisibleRule(), new NumberRules(), new HeadingRules(), new EnumerationRule(), new MarkdownMarkRule()];

    /// <summary>
    /// Every finding in report order. A brief the Source stage cannot read is one error, as the
    /// build would give it, with the Markdown marks of its body: a link or inline code is one
    /// reason the build refuses a body, and the mark's finding says how to write it instead.
    /// </summary>
    public static IReadOnlyList<Finding> Check(string text, string file)
    {
        LintInput input;
        try
        {
            input = LintInput.Parse(text, file);
        }
        catch (SourceError e)
        {
            var lines = text.Split('\n');
            var marks = MarkdownMarkRule.Body(file, lines, LintInput.StrayMarksOf(lines, file)).ToList();
            var source = new Finding(new Diagnostic(e.File, e.Line, Severity.Error, "source", e.Message, "the build stops here too; fix this first"));
            return Diagnostic.Sort(marks.Any(m => m.Diagnostic.Line == e.Line) ? marks : [.. marks, source], f => f.Diagnostic);
        }
        return Diagnostic.Sort(Rules.SelectMany(r => r.Check(input)), f => f.Diagnostic);
    }

    /// <summary>
    /// The text with every fixable finding applied, those findings, and the lines whose fixes were
    /// withheld. A fix can bring another to light (a half-width comma made full-width leaves a
    /// space beside a full-width mark), so it runs until nothing fixable is left; every rule's fix
    /// removes what it found, so that takes two or three rounds.
    /// </summary>
    public static (string Text, IReadOnlyList<Finding> Fixed, IReadOnlyList<Withheld> Withheld) Fix(string text, string file)
    {
        var withheld = new List<Withheld>();
        while (true)
        {
            var (fixedText, applied, findings) = FixRounds(text, file, withheld.Select(w => w.Line).ToHashSet());
            if (applied.Count == 0) return (text, [], withheld);
            // Fixes edit text, never YAML or Markdown structure, yet text can be structure: １. 发布
            // fixed to 1. 发布 starts a numbered list, which the build refuses. The fixes of the line
            // the reader stops at are withheld, with its reason, and the rest made again without
            // them (no fix adds or removes a line, so the reader's line is the fixed line). Should
            // the reader stop at a line no fix touched, every fixed line is withheld.
            var error = findings.FirstOrDefault(f => f.Diagnostic.Code == "source")?.Diagnostic;
            if (error is null) return (fixedText, applied, withheld);
            var lines = applied.Select(f => f.Fix!.Line).Distinct().ToList();
            var culprits = lines.Contains(error.Line) ? [error.Line] : lines;
            withheld.AddRange(culprits.Select(line => new Withheld(line, error.Message)));
        }
    }

    /// <summary>The rounds of fixes, and the findings of the text they end with: Fix looks there for the reader's error.</summary>
    private static (string Text, List<Finding> Applied, IReadOnlyList<Finding> Findings) FixRounds(string text, string file, HashSet<int> withheld)
    {
        var applied = new List<Finding>();
        var findings = Check(text, file);
        for (var round = 0; round < 10; round++)
        {
            var fixable = findings.Where(f => f.Fix is not null && !withheld.Contains(f.Fix.Line)).ToList();
            if (fixable.Count == 0) break;
            text = Apply(text, fixable, applied);
            findings = Check(text, file);
        }
        return (text, applied, findings);
    }

    /// <summary>
    /// Fixes Markdown that is to become a brief's body, before there is a brief: brief import's
    /// text, whose title and subtitle go in as its first paragraphs. The front matter around it
    /// is only what the Source stage needs to read a brief.
    /// </summary>
    public static (string Text, IReadOnlyList<Finding> Fixed) FixBody(string markdown)
    {
        const string Front = "---\nissue: 1\ntotal: 1\ndate: 2000-01-01\nrecipients: [甲]\ntitle: 甲\n---\n";
        var (text, applied, _) = Fix(Front + markdown, "import");
        return (text[Front.Length..], applied);
    }

    private static string Apply(string text, List<Finding> fixable, List<Finding> applied)
    {
        var lines = text.Split('\n');
        foreach (var line in fixable.GroupBy(f => f.Fix!.Line))
        {
            var chars = lines[line.Key - 1];
            var limit = int.MaxValue;
            // Right to left, so the columns of the edits still to come stay true; an edit overlapping one already made waits for the next round.
            foreach (var finding in line.OrderByDescending(f => f.Fix!.Column))
            {
                var edit = finding.Fix!;
                if (edit.Column + edit.Length > limit) continue;
                chars = string.Concat(chars.AsSpan(0, edit.Column), edit.Text, chars.AsSpan(edit.Column + edit.Length));
                limit = edit.Column;
                applied.Add(finding);
            }
            lines[line.Key - 1] = chars;
        }
        return string.Join('\n', lines);
    }
}
