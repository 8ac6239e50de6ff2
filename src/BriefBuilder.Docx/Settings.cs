using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>settings.xml: what Word needs beyond the styles to lay the brief out as intended.</summary>
internal static class Settings
{
    public static DocumentFormat.OpenXml.Wordprocessing.Settings Build() => new(
        // Separate footers for even pages: page numbers alternate right and left.
        new EvenAndOddHeaders(),
        // Punctuation keeps its full-width cell, as on the PDF's grid; Word's default would
        // compress it and set more characters on a line than the PDF does.
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        // Word 2013+ layout rules, so Word does not fall back to legacy compatibility layout.
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
}
