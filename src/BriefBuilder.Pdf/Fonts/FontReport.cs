namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// One family of a role's chain: the file and face that serve it, or nulls when it is not
/// installed or <see cref="Damage"/> says why it cannot be used; <see cref="Mark"/> the one mark
/// it draws, if it is a mark face.
/// </summary>
public sealed record FontReportRow(string Role, string Family, bool IsFallback, string? Path, int? FaceIndex, int? Mark = null, string? Damage = null)
{
    public bool Found => Path is not null;
}

/// <summary>
/// What sets a role: the first of its own families that is installed (null: none is), the families
/// listed before it that are not, those before it whose file is damaged (never used), and the
/// first fallback installed (null: none).
/// </summary>
public sealed record RoleSource(string Role, ChainLink? Own, IReadOnlyList<string> MissingBefore, IReadOnlyList<ChainLink> DamagedBefore, ChainLink? Fallback)
{
    /// <summary>No font at all can set the role: a build stops at its first character.</summary>
    public bool IsGap => Own is null && Fallback is null;
}

/// <summary>A character of a checked text and the face that draws it in the role (null: no face can).</summary>
public sealed record CharacterSource(int CodePoint, FontFace? Face)
{
    /// <summary>The character as a string; a lone surrogate (not a character) shows as U+FFFD.</summary>
    public string Character => CodePoint is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(CodePoint);
}

/// <summary>What <c>./brief fonts</c> prints: where each role's fonts come from and what a text needs.</summary>
public static class FontReport
{
    /// <summary>Every role's chain in the order tried: the role's own families, then the fallbacks.</summary>
    public static IReadOnlyList<FontReportRow> Rows(FontSet fonts) =>
        fonts.Roles.Order(StringComparer.Ordinal)
            .SelectMany(role => fonts.Chain(role).Select(l => new FontReportRow(role, l.Family, l.IsFallback, l.File?.Path, l.File?.Index, l.Mark, l.Damage)))
            .ToList();

    /// <summary>Each role, in name order, with the face that sets it and what is missing ahead of it.</summary>
    public static IReadOnlyList<RoleSource> Sources(FontSet fonts) =>
        fonts.Roles.Order(StringComparer.Ordinal).Select(role =>
        {
            var chain = fonts.Chain(role);
            var own = chain.Where(l => !l.IsFallback && l.Mark is null).ToList(); // a mark face sets its mark only
            var before = own.TakeWhile(l => l.File is null).ToList();
            return new RoleSource(role, own.FirstOrDefault(l => l.File is not null),
                before.Where(l => l.Damage is null).Select(l => l.Family).ToList(),
                before.Where(l => l.Damage is not null).ToList(),
                chain.FirstOrDefault(l => l.IsFallback && l.File is not null));
        }).ToList();

    /// <summary>
    /// Each distinct character of <paramref name="text"/> (in order of first use) with the face
    /// that draws it in <paramref name="role"/>. The chain covers the text when no face is null.
    /// </summary>
    public static IReadOnlyList<CharacterSource> Coverage(FontSet fonts, string role, string text)
    {
        var seen = new HashSet<int>();
        var sources = new List<CharacterSource>();
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            int cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i];
            if (seen.Add(cp)) sources.Add(new CharacterSource(cp, fonts.FaceFor(cp, role)));
        }
        return sources;
    }
}
