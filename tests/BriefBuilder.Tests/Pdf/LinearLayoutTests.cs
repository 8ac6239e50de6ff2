using System.Collections;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// Issue 11, defect 9: a paragraph without punctuation took quadratic time (100k characters, over
/// two minutes). Layout must be linear in the paragraph's length. Not timed: the tests count how
/// often layout reads the paragraph's atoms and glyphs, which a quadratic step multiplies by the
/// length, and stop as soon as the reads pass a linear budget.
/// </summary>
public class LinearLayoutTests
{
    const int Length = 100_000;

    /// <summary>Reads allowed per element; a quadratic step needs thousands (a line's length at least).</summary>
    const int ReadsPerElement = 40;

    /// <summary>A list that counts reads of its elements and fails once they pass the budget.</summary>
    sealed class Counted<T>(IReadOnlyList<T> items) : IReadOnlyList<T>
    {
        long reads;
        readonly long budget = (long)ReadsPerElement * Math.Max(items.Count, 1);

        public long Reads => reads;

        T Read(int i)
        {
            if (++reads > budget) throw new InvalidOperationException($"more than {ReadsPerElement} reads per element of {items.Count}: not linear");
            return items[i];
        }

        public T this[int index] => Read(index);
        public int Count => items.Count;

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++) yield return Read(i);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The real shaper, with every shaped text's glyphs handed out as a counted list.</summary>
    sealed class CountingShaper(ITextShaper shaper) : ITextShaper
    {
        public List<Counted<ShapedGlyph>> Shaped { get; } = [];

        public IReadOnlyList<ShapedGlyph> Shape(string text, string role, double size)
        {
            var glyphs = new Counted<ShapedGlyph>(shaper.Shape(text, role, size));
            Shaped.Add(glyphs);
            return glyphs;
        }
    }

    [Theory]
    [InlineData('字')]   // Chinese: one atom a character
    [InlineData('a')]    // Latin: a word; broken against the rules only where nothing else fits
    public void Breaking_a_paragraph_without_punctuation_reads_each_atom_a_bounded_number_of_times(char c)
    {
        var look = new TextLook(16, TestFonts.Black, false);
        var kind = c == 'a' ? CharKind.Latin : CharKind.Wide;
        // Latin words of 8 letters with spaces between: no punctuation, but break opportunities.
        var atoms = Enumerable.Range(0, Length).Select(i => kind == CharKind.Latin && i % 2 == 1
            ? new Atom(CharKind.Space, PunctKind.None, " ", [], 4, look)
            : new Atom(kind, PunctKind.None, kind == CharKind.Wide ? "字" : "abcdefgh", [], kind == CharKind.Wide ? TestLayout.Cell : 40, look)).ToList();
        var counted = new Counted<Atom>(atoms);

        var lines = LineBreaker.Break(counted, TestLayout.Style.Page.TextWidth, 2 * TestLayout.Cell, Alignment.Justify);

        Assert.Equal(atoms.Count(a => a.Kind != CharKind.Space), lines.Sum(l => l.Atoms.Count(a => a.Atom.Kind != CharKind.Space)));
        Assert.InRange(counted.Reads, Length, (long)ReadsPerElement * Length);
    }

    [Fact]
    public void Cutting_a_long_paragraph_into_atoms_reads_each_glyph_a_bounded_number_of_times()
    {
        var shaper = new CountingShaper(TestFonts.Set);
        var builder = new AtomBuilder(TestLayout.Style, shaper);

        var atoms = builder.Build(TestLayout.Style.Paragraph("body"), [new LayoutRun(new string('字', Length))], new SourceRef("test.md", 1));

        Assert.Equal(Length, atoms.Count);
        var glyphs = Assert.Single(shaper.Shaped);
        Assert.InRange(glyphs.Reads, Length, (long)ReadsPerElement * Length);
    }
}
