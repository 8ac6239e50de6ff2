using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;
using CsCheck;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// Line breaking on a fixed-pitch model of the grid: every wide character takes one cell of
/// 15.79 pt (156 mm / 28), Latin letters 8 pt. The real fonts are exercised by the PDF tests.
/// </summary>
public class LineBreakerTests
{
    private const double Cell = 156 * 72 / 25.4 / 28;
    private const double Width = 28 * Cell;
    private static readonly TextLook Look = new(16, new Colour("black", 0, 0, 0, 1, "000000"), false);

    private static List<Atom> Atoms(string text)
    {
        var atoms = new List<Atom>();
        var i = 0;
        while (i < text.Length)
        {
            var kind = CharClass.Kind(text[i]);
            var end = i + 1;
            if (kind != CharKind.Wide)
                while (end < text.Length && CharClass.Kind(text[end]) == kind) end++;
            var piece = text[i..end];
            atoms.Add(new Atom(kind, kind == CharKind.Wide ? Punctuation.Punct(text[i]) : PunctKind.None, piece, [],
                kind == CharKind.Wide ? Cell : 8 * piece.Length, Look));
            i = end;
        }
        return atoms;
    }

    private static List<string> Lines(string text, Alignment align = Alignment.Justify) =>
        LineBreaker.Break(Atoms(text), Width, 0, align).Select(l => l.Text).ToList();

    private static string Han(int n) => string.Concat(Enumerable.Range(0, n).Select(i => (char)('一' + i * 7 % 500)));

    [Fact]
    public void Plain_chinese_fills_exactly_28_characters_a_line()
    {
        var lines = Lines(Han(70));
        Assert.Equal([28, 28, 14], lines.Select(l => l.Length));
    }

    [Fact]
    public void Closing_mark_at_a_line_start_is_squeezed_onto_the_line_before()
    {
        // 27 characters, then "”。": the pair may shrink to 1.5 cells and the last mark to half,
        // so the 29 cells of content fit on the first line.
        var lines = Lines(Han(27) + "”。" + Han(5));
        Assert.Equal(Han(27) + "”。", lines[0]);
    }

    [Fact]
    public void Closing_mark_that_cannot_be_squeezed_pushes_a_character_down()
    {
        var text = Han(28) + "。" + Han(5);
        var lines = Lines(text);
        Assert.Equal(Han(27), lines[0]);
        Assert.StartsWith(Han(28)[27] + "。", lines[1]);
    }

    [Theory]
    [InlineData('，')] [InlineData('。')] [InlineData('、')] [InlineData('；')] [InlineData('：')]
    [InlineData('？')] [InlineData('！')] [InlineData('）')] [InlineData('】')] [InlineData('》')]
    [InlineData('”')] [InlineData('’')]
    public void No_line_starts_with_a_closing_mark(char mark)
    {
        var lines = Lines(Han(28) + mark + Han(10));
        Assert.All(lines, l => Assert.NotEqual(mark, l[0]));
        Assert.Equal(Han(28) + mark + Han(10), string.Concat(lines));
    }

    [Theory]
    [InlineData('（')] [InlineData('【')] [InlineData('《')] [InlineData('“')] [InlineData('‘')]
    public void No_line_ends_with_an_opening_mark(char mark)
    {
        var lines = Lines(Han(27) + mark + Han(10));
        Assert.All(lines, l => Assert.NotEqual(mark, l[^1]));
        Assert.StartsWith(mark.ToString(), lines[1]);
    }

    [Theory]
    [InlineData("——")]
    [InlineData("……")]
    public void Dashes_and_ellipses_are_never_split(string pair)
    {
        var lines = Lines(Han(27) + pair + Han(10));
        Assert.Equal(Han(27), lines[0]);
        Assert.StartsWith(pair, lines[1]);
    }

    [Fact]
    public void A_latin_word_is_never_split()
    {
        var lines = Lines(Han(25) + "OpenJDK" + Han(10));
        Assert.Equal(Han(25), lines[0]);
        Assert.StartsWith("OpenJDK", lines[1]);
    }

    [Fact]
    public void A_number_with_a_decimal_point_stays_whole()
    {
        var lines = Lines(Han(26) + "5.81%" + Han(10));
        Assert.DoesNotContain(lines, l => l.EndsWith('5') || l.EndsWith("5.") || l.StartsWith('%'));
        Assert.Contains(lines, l => l.Contains("5.81%"));
    }

    [Fact]
    public void Justified_lines_end_on_the_right_edge_and_the_last_line_does_not_stretch()
    {
        var lines = LineBreaker.Break(Atoms(Han(25) + "OpenJDK" + Han(10)), Width, 0, Alignment.Justify);
        var first = lines[0].Atoms[^1];
        Assert.Equal(Width, first.X + first.Width, 3);
        var last = lines[^1].Atoms;
        Assert.Equal(Cell, last[2].X - last[1].X, 3);
    }

    [Fact]
    public void A_centred_title_breaks_into_balanced_lines()
    {
        var lines = Lines(Han(40), Alignment.Center);
        Assert.Equal([20, 20], lines.Select(l => l.Length));
    }

    [Fact]
    public void Random_text_never_breaks_a_rule_and_never_overflows()
    {
        string[] pieces = ["深", "圳", "创", "新", "，", "。", "、", "“", "”", "《", "》", "（", "）", "——", "……", "2024", "AI", " "];
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[1, 200].Select(p => string.Concat(p)).Sample(text =>
        {
            var lines = LineBreaker.Break(Atoms(text), Width, 2 * Cell, Alignment.Justify);
            Assert.Equal(text.Replace(" ", ""), string.Concat(lines.Select(l => l.Text)).Replace(" ", ""));
            foreach (var (line, i) in lines.Select((l, i) => (l, i)))
            {
                var atoms = line.Atoms;
                Assert.True(atoms[^1].X + atoms[^1].Width <= Width + 0.01, $"line {i} overflows: {line.Text}");
                if (i > 0) Assert.True(atoms[0].Atom.Punct != PunctKind.Closing, $"line {i} starts with a closing mark: {line.Text} in {text}");
                if (i < lines.Count - 1) Assert.NotEqual(PunctKind.Opening, atoms[^1].Atom.Punct);
            }
        }, iter: 300);
    }
}
