using System.Text;

namespace BriefBuilder.Pdf.Writing;

/// <summary>The ToUnicode CMap of an Identity-H font: glyph id → UTF-16BE text, so copy and search give the source.</summary>
static class ToUnicodeCMap
{
    // A bfchar block may hold at most 100 entries.
    const int BlockSize = 100;

    public static string Build(IReadOnlyDictionary<ushort, string> texts)
    {
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        cmap.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        cmap.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        cmap.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in texts.OrderBy(t => t.Key).Chunk(BlockSize))
        {
            cmap.Append(block.Length).Append(" beginbfchar\n");
            foreach (var (glyph, text) in block)
                cmap.Append('<').Append(PdfSyntax.GlyphCode(glyph)).Append("> <")
                    .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))).Append(">\n");
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.ToString();
    }
}
