using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// scripts/fontconfig/house-fonts.conf sends each house font name of style.yaml, and the name
/// Word falls back to, to the face the PDF draws that role with where the house fonts are not
/// installed (the first open face of the role's list); so LibreOffice sets our DOCX in the PDF's
/// faces. A role added to style.yaml without an alias fails here.
/// </summary>
public class FontAliasTests
{
    public static TheoryData<string> Roles => new(HouseStyles.Zhuanbao.Fonts.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Roles))]
    public void House_font_resolves_to_the_pdf_face_of_its_role(string role)
    {
        var font = HouseStyles.Zhuanbao.Font(role);
        Assert.Equal(font.Pdf.First(Pdf.TestFonts.OpenFamilies.Contains), Match(font.Docx, "%{family[0]} %{style[0]}"));
        if (font.Word.AltName is { } alt)
            Assert.Equal(Match(font.Docx, "%{family[0]}"), Match(alt, "%{family[0]}"));
    }

    private static string Match(string family, string format)
    {
        var (exit, stdout, stderr) = Tools.Run("fc-match", ["-f", format, family],
            LibreOffice.FontEnvironment.ToDictionary());
        Assert.True(exit == 0, stderr);
        return stdout;
    }
}
