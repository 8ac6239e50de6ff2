using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Serve.Svg;

/// <summary>
/// The glyph outlines pages refer to, each made once for the server's life: a path per glyph of
/// a face, in font units with y going up, named <c>g{face}-{glyph}</c>. A page draws a glyph by
/// referring to its name, so a browser receives each outline once however often it is drawn.
/// </summary>
public sealed class GlyphSheet
{
    readonly Dictionary<FontFace, int> faces = [];
    readonly ConcurrentDictionary<string, string> definitions = new();

    /// <summary>The name of a glyph's outline, made now if this is its first use.</summary>
    public string Id(FontFace face, ushort glyph)
    {
        int number;
        lock (faces)
            if (!faces.TryGetValue(face, out number)) faces[face] = number = faces.Count;
        var id = $"g{number}-{glyph}";
        definitions.GetOrAdd(id, _ => Definition(id, face, glyph));
        return id;
    }

    /// <summary>The outline's element, for a sheet of definitions: <c>&lt;path id="…" d="…"/&gt;</c>.</summary>
    public string Definition(string id) => definitions[id];

    static string Definition(string id, FontFace face, ushort glyph)
    {
        var pen = new PathPen();
        face.Outline(glyph, pen);
        return $"<path id=\"{id}\" d=\"{pen}\"/>";
    }

    /// <summary>Writes an outline as SVG path data, one decimal place (a thousandth of an em or finer).</summary>
    sealed class PathPen : IGlyphPen
    {
        readonly StringBuilder d = new();

        void Op(char op, params float[] values)
        {
            d.Append(op);
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0 && values[i] >= 0) d.Append(' ');
                d.Append(Math.Round(values[i], 1).ToString(CultureInfo.InvariantCulture));
            }
        }

        public void MoveTo(float x, float y) => Op('M', x, y);
        public void LineTo(float x, float y) => Op('L', x, y);
        public void QuadraticTo(float cx, float cy, float x, float y) => Op('Q', cx, cy, x, y);
        public void CubicTo(float c1x, float c1y, float c2x, float c2y, float x, float y) => Op('C', c1x, c1y, c2x, c2y, x, y);
        public void Close() => d.Append('Z');

        public override string ToString() => d.ToString();
    }
}
