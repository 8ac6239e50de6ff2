using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>settings.xml: what Word needs beyond the styles to lay the brief out as intended.</summary>
internal static class Settings
{
    public static DocumentFormat.OpenXml.Wordprocessing.Settings Build(HouseStyle style) => new(
        // Separate footers for even pages: page numbers alternate right and left.
        new EvenAndOddHeaders(),
        // Word compresses adjacent marks as the PDF does when style.yaml says so (its Chinese
        // default, 只压缩标点符号); else every mark keeps its full-width cell, as on the grid.
        new CharacterSpacingControl { Val = style.CompressAdjacentMarks ? CharacterSpacingValues.CompressPunctuation : CharacterSpacingValues.DoNotCompress },
        // Word 2013+ layout rules, so Word does not fall back to legacy compatibility layout.
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
}
