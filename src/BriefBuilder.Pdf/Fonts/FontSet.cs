using System.Globalization;
using BriefBuilder.Model;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// The fonts of a house style: for each role the faces its <c>pdf</c> families resolve to, then
/// the style's fallback families. Shaping picks, per character, the first face of the chain that
/// has it, so 颺 (missing from FandolFang) comes from the next face of the role at the same size
/// and baseline. A role's mark faces (<see cref="FontRole.MarkFaces"/>) come first in its chain,
/// each for its one mark only. Faces are shared through the <see cref="FontLibrary"/> that opened
/// them; a FontSet is safe to use from many threads.
/// </summary>
public sealed class FontSet : ITextShaper
{
    static readonly Language Chinese = new("zh-Hans");

    readonly IReadOnlyDictionary<string, IReadOnlyList<ChainLink>> chains;

    FontSet(IReadOnlyDictionary<string, IReadOnlyList<ChainLink>> chains) => this.chains = chains;

    /// <summary>Resolves every role of <paramref name="style"/> against <paramref name="index"/>, its faces opened by <paramref name="library"/>.</summary>
    public static FontSet Create(HouseStyle style, FontIndex index, FontLibrary library)
    {
        var chains = new Dictionary<string, IReadOnlyList<ChainLink>>();
        foreach (var (name, role) in style.Fonts)
        {
            var links = role.MarkFaces.OrderBy(m => m.Key).Select(m => Link(index, library, m.Value, isFallback: false) with { Mark = m.Key })
                .Concat(role.Pdf.Select(f => Link(index, library, f, isFallback: false)))
                .Concat(style.FallbackFonts.Select(f => Link(index, library, f, isFallback: true)))
                .ToList();
            chains[name] = links;
        }
        return new FontSet(chains);
    }

    /// <summary>
    /// The family's face, or none with the reason when its file is damaged: found so when the
    /// index was built, or when HarfBuzz cannot load or subset it. A damaged face is never drawn
    /// with; the chain goes on to the next family, and brief fonts names the file.
    /// </summary>
    static ChainLink Link(FontIndex index, FontLibrary library, string family, bool isFallback)
    {
        var file = index.Find(family);
        if (file is null)
            return index.FindDamaged(family) is { } damaged
                ? new ChainLink(family, isFallback, null, null, $"{FilePaths.Display(damaged.Path)}: {damaged.Damage}")
                : new ChainLink(family, isFallback, null, null);
        try
        {
            return new ChainLink(family, isFallback, file, library.Face(file.Path, file.Index));
        }
        catch (InvalidDataException e)
        {
            return new ChainLink(family, isFallback, null, null, $"{FilePaths.Display(file.Path)}: {e.Message}");
        }
    }

    public IReadOnlyCollection<string> Roles => (IReadOnlyCollection<string>)chains.Keys;

    /// <summary>The role's families in the order they are tried, found or not.</summary>
    public IReadOnlyList<ChainLink> Chain(string role) =>
        chains.TryGetValue(role, out var chain) ? chain : throw new KeyNotFoundException($"font role '{role}' is not defined in style.yaml");

    /// <summary>The face that draws <paramref name="codePoint"/> in <paramref name="role"/>, or null when none can.</summary>
    public FontFace? FaceFor(int codePoint, string role) =>
        Chain(role).Where(l => l.Serves(codePoint)).Select(l => l.Face).FirstOrDefault(f => f is not null && f.HasCharacter(codePoint));

    public IReadOnlyList<ShapedGlyph> Shape(string text, string role, double size)
    {
        var chain = Chain(role);
        var faces = chain.Where(l => l.Face is not null && l.Mark is null).Select(l => l.Face!).ToList();
        var glyphs = new List<ShapedGlyph>(text.Length);
        int runStart = 0;
        FontFace? runFace = null;
        foreach (var (start, length) in Clusters(text))
        {
            var face = MarkFace(text.AsSpan(start, length), chain) ?? Choose(text.AsSpan(start, length), faces, role);
            if (runFace is not null && face != runFace)
            {
                ShapeRun(text, runStart, start - runStart, runFace, size, glyphs);
                runStart = start;
            }
            runFace = face;
        }
        if (runFace is not null) ShapeRun(text, runStart, text.Length - runStart, runFace, size, glyphs);
        return glyphs;
    }

    /// <summary>
    /// The first face that has every character of the cluster. A cluster no single face covers
    /// whole goes to the face that has its base character; a character no face has is an error.
    /// </summary>
    static FontFace Choose(ReadOnlySpan<char> cluster, List<FontFace> faces, string role)
    {
        var codePoints = CodePoints(cluster).Where(cp => !CharClass.IsZeroWidth(cp)).ToList();
        if (codePoints.Count == 0) codePoints = CodePoints(cluster).Take(1).ToList();
        foreach (var face in faces)
            if (codePoints.All(face.HasCharacter)) return face;
        foreach (var cp in codePoints)
            if (!faces.Any(f => f.HasCharacter(cp))) throw new MissingGlyphException(cp, role);
        return faces.First(f => f.HasCharacter(codePoints[0]));
    }

    /// <summary>The role's own face for a mark cluster (… or — alone), when it names one that is installed and has it.</summary>
    static FontFace? MarkFace(ReadOnlySpan<char> cluster, IReadOnlyList<ChainLink> chain)
    {
        if (cluster.Length != 1) return null;
        foreach (var link in chain)
            if (link.Mark == cluster[0] && link.Face is { } face && face.HasCharacter(cluster[0])) return face;
        return null;
    }

    static void ShapeRun(string text, int start, int length, FontFace face, double size, List<ShapedGlyph> output)
    {
        using var buffer = new Buffer();
        // The whole string goes in as context, so cluster values are indices into it.
        buffer.AddUtf16(text, start, length);
        buffer.Direction = Direction.LeftToRight;
        buffer.Language = Chinese;
        buffer.GuessSegmentProperties();
        face.Shaper.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        double scale = size / face.UnitsPerEm;
        int runEnd = start + length;
        for (int i = 0; i < infos.Length; i++)
        {
            int cluster = (int)infos[i].Cluster;
            // The characters of a cluster go with its first glyph only, so that the texts of a
            // line's glyphs, joined, give back the line (the PDF's copy and search text).
            bool first = i == 0 || (int)infos[i - 1].Cluster != cluster;
            string clusterText = first ? text[cluster..ClusterEnd(infos, i, runEnd)] : "";
            output.Add(new ShapedGlyph(face, checked((ushort)infos[i].Codepoint),
                positions[i].XAdvance * scale, positions[i].XOffset * scale,
                -positions[i].YOffset * scale, // HarfBuzz's y goes up, the page's down
                cluster, clusterText));
        }
    }

    /// <summary>Where glyph <paramref name="i"/>'s cluster ends: at the next larger cluster value (left-to-right text).</summary>
    static int ClusterEnd(ReadOnlySpan<GlyphInfo> infos, int i, int runEnd)
    {
        uint cluster = infos[i].Cluster;
        for (int j = i + 1; j < infos.Length; j++)
            if (infos[j].Cluster > cluster) return (int)infos[j].Cluster;
        return runEnd;
    }

    /// <summary>
    /// Splits text into the pieces that must share a face: a base character with its combining
    /// marks, variation selectors and zero-width-joined followers.
    /// </summary>
    static IEnumerable<(int Start, int Length)> Clusters(string text)
    {
        int start = 0;
        bool joinNext = false;
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            int cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i]; // a lone surrogate stays itself, and no face has it
            bool attaches = i > 0 && (joinNext || IsMark(cp) || CharClass.IsZeroWidth(cp));
            if (!attaches && i > start)
            {
                yield return (start, i - start);
                start = i;
            }
            joinNext = cp == 0x200D;
        }
        if (text.Length > start) yield return (start, text.Length - start);
    }

    static bool IsMark(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    static IEnumerable<int> CodePoints(ReadOnlySpan<char> s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? 2 : 1)
            list.Add(char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i]);
        return list;
    }
}

/// <summary>
/// One family of a role's chain and what it resolved to (null members: not installed, or
/// <see cref="Damage"/> says why not). <see cref="Mark"/>: the one character the family draws in
/// the role (a mark face), or null for all.
/// </summary>
public sealed record ChainLink(string Family, bool IsFallback, FontFileFace? File, FontFace? Face, string? Damage = null)
{
    public int? Mark { get; init; }

    /// <summary>Whether the link may draw <paramref name="codePoint"/> at all.</summary>
    public bool Serves(int codePoint) => Mark is null || Mark == codePoint;
}
