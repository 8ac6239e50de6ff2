using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// fontTable.xml: every house font with what Word and WPS need to stand in for it when an
/// editor's machine lacks it (the alternative name, GB2312 character set, family, pitch and
/// PANOSE numbers from style.yaml). Without it they guess, and LibreOffice drew every role in
/// one sans-serif face.
/// </summary>
internal static class FontTable
{
    public static Fonts Build(HouseStyle style)
    {
        var fonts = new Fonts();
        foreach (var group in style.Fonts.Values.GroupBy(f => f.Docx).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var word = group.Select(f => f.Word).Distinct().ToList();
            if (word.Count > 1)
                throw new InvalidOperationException($"style.yaml gives the font '{group.Key}' different Word entries in roles {string.Join(", ", group.Select(f => f.Name))}");
            fonts.Append(Entry(group.Key, word[0]));
        }
        // The GBK faces (FangSong for 仿宋_GB2312) are the installed Windows fonts themselves: no stand-in.
        foreach (var role in style.Fonts.Values.Where(f => f.Gbk is not null).DistinctBy(f => f.Gbk).OrderBy(f => f.Gbk, StringComparer.Ordinal))
            fonts.Append(Entry(role.Gbk!, role.Word with { AltName = null }));
        return fonts;
    }

    // Element order is the schema's: altName, panose1, charset, family, pitch.
    private static Font Entry(string name, WordFont word)
    {
        var font = new Font { Name = name };
        if (word.AltName is not null) font.Append(new AltName { Val = word.AltName });
        if (word.Panose is not null) font.Append(new Panose1Number { Val = word.Panose });
        font.Append(
            new FontCharSet { Val = word.Charset },
            new FontFamily { Val = Family(word.Family) },
            new Pitch { Val = word.Pitch switch
            {
                "fixed" => FontPitchValues.Fixed,
                "variable" => FontPitchValues.Variable,
                _ => FontPitchValues.Default,
            } });
        return font;
    }

    private static FontFamilyValues Family(string family) => family switch
    {
        "roman" => FontFamilyValues.Roman,
        "swiss" => FontFamilyValues.Swiss,
        "modern" => FontFamilyValues.Modern,
        "script" => FontFamilyValues.Script,
        "decorative" => FontFamilyValues.Decorative,
        _ => FontFamilyValues.Auto,
    };
}
