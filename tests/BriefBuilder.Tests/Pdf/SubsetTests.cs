using System.Buffers.Binary;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pdf.Writing;

namespace BriefBuilder.Tests.Pdf;

public class SubsetTests
{
    [Fact]
    public void Fandol_subset_has_cid_equal_to_glyph_id()
    {
        // Fandol's own charset is not the identity (glyph 1 is CID 9907): a viewer that maps codes
        // through the charset would draw other characters unless the subset's charset is rewritten.
        var glyphs = TestFonts.Set.Shape("王秘书长苏州", "fangsong", 16);
        var face = glyphs[0].Face;
        var subset = FontSubsetter.Subset(face, glyphs.Select(g => g.GlyphId));

        Assert.Equal(7, subset.NewGlyphIds.Count); // .notdef and six characters, renumbered 0..6
        Assert.Equal(Enumerable.Range(0, 7).Select(i => (ushort)i), subset.NewGlyphIds.Values.Order());
        Assert.Equal(Enumerable.Range(1, 6), CharsetCids(subset.Program, 7));
    }

    [Fact]
    public void A_glyph_shared_by_two_characters_copies_as_each_of_them()
    {
        // Noto CJK draws the Kangxi radical ⽉ (U+2F49) with the glyph of 月 (U+6708).
        var glyphs = TestFonts.Set.Shape("月⽉", "songti", 16);
        Assert.Equal(glyphs[0].GlyphId, glyphs[1].GlyphId);
        var page = new PlacedPage(1, LineSetter.Line("月⽉月", "songti", 16, 80, 200).ToList<PlacedItem>());
        using var pdf = new MemoryStream();
        PdfWriter.Write([page], new PdfInfo("t", "a", "s", new DateOnly(2024, 1, 1)), TestFonts.Style.Print, 595.28, 841.89, pdf);
        string path = PdfTools.Save(pdf.ToArray(), "shared-glyph.pdf");
        Assert.Equal("月⽉月", PdfTools.Run("pdftotext", "-raw", "-enc", "UTF-8", path, "-").Output.Trim('\n', '\f'));
    }

    /// <summary>The CIDs the CFF charset gives glyphs 1…n−1 (formats 0–2), read independently of the writer.</summary>
    static List<int> CharsetCids(byte[] font, int glyphCount)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var record = Enumerable.Range(0, tables).Select(t => 12 + 16 * t).Single(r => System.Text.Encoding.ASCII.GetString(font, r, 4) == "CFF ");
        var cff = font.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8)));
        // Header, Name INDEX (one name), Top DICT INDEX: find operator 15 (charset) in the Top DICT.
        int at = cff[2];
        at = NextIndex(cff, at);
        int offSize = cff[at + 2];
        var dict = cff.Slice(at + 3 + 2 * offSize, ReadOffset(cff, at + 3 + offSize, offSize) - 1);
        int charset = 0, operand = 0;
        for (int i = 0; i < dict.Length;)
        {
            int b = dict[i];
            if (b == 15) { charset = operand; break; }
            if (b == 28) { operand = BinaryPrimitives.ReadInt16BigEndian(dict[(i + 1)..]); i += 3; }
            else if (b == 29) { operand = BinaryPrimitives.ReadInt32BigEndian(dict[(i + 1)..]); i += 5; }
            else if (b is >= 32 and <= 246) { operand = b - 139; i++; }
            else if (b is >= 247 and <= 250) { operand = (b - 247) * 256 + dict[i + 1] + 108; i += 2; }
            else if (b is >= 251 and <= 254) { operand = -(b - 251) * 256 - dict[i + 1] - 108; i += 2; }
            else if (b == 30) { i++; while ((dict[i] & 0xF) != 0xF && dict[i] >> 4 != 0xF) i++; i++; }
            else i += b == 12 ? 2 : 1;
        }
        var cids = new List<int>();
        int format = cff[charset], p = charset + 1;
        while (cids.Count < glyphCount - 1)
        {
            int first = BinaryPrimitives.ReadUInt16BigEndian(cff[p..]);
            if (format == 0) { cids.Add(first); p += 2; continue; }
            int left = format == 1 ? cff[p + 2] : BinaryPrimitives.ReadUInt16BigEndian(cff[(p + 2)..]);
            cids.AddRange(Enumerable.Range(first, left + 1));
            p += format == 1 ? 3 : 4;
        }
        return cids;
    }

    static int NextIndex(ReadOnlySpan<byte> cff, int at)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cff[at..]), offSize = cff[at + 2];
        return at + 3 + (count + 1) * offSize - 1 + ReadOffset(cff, at + 3 + count * offSize, offSize);
    }

    static int ReadOffset(ReadOnlySpan<byte> cff, int at, int size)
    {
        int v = 0;
        for (int i = 0; i < size; i++) v = v << 8 | cff[at + i];
        return v;
    }
}
