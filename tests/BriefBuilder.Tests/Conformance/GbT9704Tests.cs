using System.Collections.Concurrent;
using System.Text;
using BriefBuilder.Tests.Docx;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;
using Xunit.Abstractions;

namespace BriefBuilder.Tests.Conformance;

/// <summary>
/// GB/T 9704-2012 clause by clause, measured on every seed brief as our PDF writer draws it and as
/// LibreOffice draws our DOCX (Word's stand-in), read back with PdfPig. One test per clause, named
/// by it; every figure within the standard's millimetre (6.1), LibreOffice's too, except where
/// LibreOffice cannot meet a figure on its own: then the finding says why, and what it can hold
/// is held. The last test prints the whole table, which docs/gbt9704-conformance.md must show.
/// </summary>
public sealed class GbT9704Tests(SeedConversions lo, ITestOutputHelper output) : IClassFixture<SeedConversions>
{
    static readonly ConcurrentDictionary<(string, Renderer), Sheets> Measured = new();

    Sheets SheetsOf(string brief, Renderer by) => Measured.GetOrAdd((brief, by), key =>
        new Sheets(PrintedPdf.Read(key.Item2 == Renderer.Ours ? SeedPdfs.Get(key.Item1).Path : lo.Pdf(key.Item1))));

    static IEnumerable<string> Briefs => SeedBriefs.Seeds.Keys.Order(StringComparer.Ordinal);

    IEnumerable<Finding> Findings(string clause) =>
        from brief in Briefs
        from renderer in new[] { Renderer.Ours, Renderer.LibreOffice }
        from finding in Clauses.All.Single(c => c.Clause == clause).Measure(SheetsOf(brief, renderer), brief, renderer)
        select finding with { Why = finding.Holds || renderer == Renderer.Ours ? null : LibreOfficeCannot.Why(finding) };

    /// <summary>Fails, naming the clause, on any finding that does not hold and that nothing explains.</summary>
    void Holds(string clause)
    {
        var findings = Findings(clause).ToList();
        foreach (var f in findings)
            output.WriteLine($"{f.Clause} {f.What} — {f.Brief} {f.By}: {f.Measured} (required {f.Required}){(f.Holds ? "" : f.Why is null ? " FAILS" : " cannot hold: " + f.Why)}");
        var failed = findings.Where(f => !f.Holds && f.Why is null).ToList();
        Assert.True(failed.Count == 0, $"GB/T 9704-2012 {clause} does not hold: " +
            string.Join("; ", failed.Select(f => $"{f.What} in {f.Brief} ({f.By}) measures {f.Measured}, required {f.Required}")));
    }

    [Fact] public void Clause_5_1_the_paper_is_A4() => Holds("5.1");
    [Fact] public void Clause_5_2_1_margins_37_and_28_mm_and_a_156_by_225_mm_text_block() => Holds("5.2.1");
    [Fact] public void Clause_5_2_3_a_full_page_holds_22_lines_of_28_characters() => Holds("5.2.3");
    [Fact] public void Clause_6_1_the_text_block_does_not_wander_by_more_than_1_mm() => Holds("6.1");
    [Fact] public void Clause_6_2_black_and_red_inks_and_folios_in_register() => Holds("6.2");
    [Fact] public void Clause_7_2_4_the_masthead_35_mm_below_the_text_block_centred() => Holds("7.2.4");
    [Fact] public void Clause_7_2_5_the_issue_number_two_lines_below_the_masthead() => Holds("7.2.5");
    [Fact] public void Clause_7_2_7_the_red_rule_4_mm_below_the_number_block() => Holds("7.2.7");
    [Fact] public void Clause_7_3_1_the_title_two_lines_below_the_rule_centred_in_erhao() => Holds("7.3.1");
    [Fact] public void Clause_7_3_2_one_blank_line_below_the_title() => Holds("7.3.2");
    [Fact] public void Clause_7_3_3_body_in_sanhao_fangsong_indented_two_characters() => Holds("7.3.3");
    [Fact] public void Clause_7_4_1_the_closing_rules() => Holds("7.4.1");
    [Fact] public void Clause_7_4_2_the_closing_blocks_first_row_one_character_in() => Holds("7.4.2");
    [Fact] public void Clause_7_4_3_the_closing_blocks_last_row_one_character_in() => Holds("7.4.3");
    [Fact] public void Clause_7_5_folios_sihao_songti_digits_7_mm_below_one_character_in() => Holds("7.5");

    /// <summary>
    /// The table of every clause as measured, in docs/gbt9704-conformance.md between its markers:
    /// the document shows what the suite measures, and a change in a figure is reviewed there.
    /// </summary>
    [Fact]
    public void The_clause_table_in_the_docs_is_what_the_suite_measures()
    {
        var table = Table(Clauses.All.SelectMany(c => Findings(c.Clause)).ToList());
        output.WriteLine(table);
        var path = Repo.Path("docs", "gbt9704-conformance.md");
        var doc = File.ReadAllText(path);
        const string begin = "<!-- measured: begin -->\n", end = "<!-- measured: end -->";
        var from = doc.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var to = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= begin.Length && to > from, $"{path} has no {begin.Trim()} … {end} section");
        if (doc[from..to] != table)
        {
            File.WriteAllText(Path.ChangeExtension(path, ".received.md"), doc[..from] + table + doc[to..]);
            Assert.Fail($"the measured table differs from {path}: review docs/gbt9704-conformance.received.md and copy it over if it is right");
        }
    }

    /// <summary>One row per figure: clause, what, required, our PDF's values and LibreOffice's, seed by seed.</summary>
    static string Table(List<Finding> findings)
    {
        var text = new StringBuilder();
        text.Append("| clause | measured | required | our PDF (").Append(string.Join(", ", Briefs.Select(b => b.Replace(".md", ""))))
            .Append(") | LibreOffice (same) |\n|---|---|---|---|---|\n");
        foreach (var row in findings.GroupBy(f => (f.Clause, f.What, f.Required)))
        {
            string Values(Renderer by) => string.Join(" · ", row.Where(f => f.By == by).Select(f => f.Holds ? f.Measured : $"**{f.Measured}**"));
            text.Append($"| {row.Key.Clause} | {row.Key.What} | {row.Key.Required} | {Values(Renderer.Ours)} | {Values(Renderer.LibreOffice)} |\n");
        }
        var why = findings.Where(f => f.Why is not null).Select(f => (f.Clause, f.What, f.Why)).Distinct().ToList();
        if (why.Count > 0)
        {
            text.Append("\nWhere LibreOffice cannot hold a figure (in bold above):\n\n");
            foreach (var (clause, what, reason) in why) text.Append($"- {clause}, {what}: {reason}\n");
        }
        return text.ToString();
    }
}

/// <summary>
/// The figures LibreOffice 7.4 cannot meet from our DOCX, and why: said once here, printed with
/// the finding, and never a reason to let our own PDF off. Each still holds LibreOffice to what it
/// can do (a bound it keeps); past that bound the finding fails like any other.
/// </summary>
static class LibreOfficeCannot
{
    static readonly (string Clause, string What, double Bound, string Why)[] Known =
    [
        ("5.2.3", "full lines of Chinese off the grid's columns (spread over their cells)", 15,
            "LibreOffice ignores w:characterSpacingControl (Word's 只压缩标点符号) and squeezes no mark, so where we take a mark in it pushes a character down; Word compresses as the PDF does"),
        ("7.2.4", "masthead top edge below the 版心's", 1.5,
            "LibreOffice sets the baseline of an exactly spaced 初号 line about 1 mm higher in the line than the em box (and Word) put it; the DOCX gives the same 35 mm as the PDF"),
        ("7.5", "一字线's ink, in ems", 0.25,
            "LibreOffice on Linux draws the 一字线 in the 宋体's stand-in, Noto Serif CJK (0.80 em of ink); the PDF takes it from FandolSong (style.yaml dash:), which a DOCX cannot name for one character; Word's 宋体 draws it a full em"),
        ("7.4.2", "row centre from the middle between its rules", 1.5,
            "LibreOffice sets the text of an exactly spaced table row about 0.9 mm lower than the em box centred in the line; the DOCX gives the same spaces as the PDF"),
        ("7.4.3", "row centre from the middle between its rules", 1.5,
            "LibreOffice sets the text of an exactly spaced table row about 0.9 mm lower than the em box centred in the line; the DOCX gives the same spaces as the PDF"),
    ];

    public static string? Why(Finding finding) =>
        Known.FirstOrDefault(k => k.Clause == finding.Clause && k.What == finding.What) is { Why: not null } known
        && double.TryParse(finding.Measured, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var measured)
        && Math.Abs(measured - Centre(finding)) <= known.Bound
            ? $"{known.Why} (held within {known.Bound} here)"
            : null;

    /// <summary>The required value a finding's bound is counted from: the figure its requirement starts with, or 0 for a count.</summary>
    static double Centre(Finding finding) =>
        double.TryParse(finding.Required.Split(' ')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var required) ? required : 0;
}
