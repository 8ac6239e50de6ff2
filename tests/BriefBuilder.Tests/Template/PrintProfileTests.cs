using System.Globalization;
using BriefBuilder.Template;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Template;

/// <summary>The screen colours of style.yaml come from its CMYK through the print profile, as ArgyllCMS evaluates that profile.</summary>
public class PrintProfileTests
{
    static readonly string ProfilePath = Repo.Path("templates", "zhuanbao", "FOGRA39-briefbuilder.icc");

    [Theory]
    [InlineData(0, 0.8, 0.8, 0)]
    [InlineData(0.3, 0.1, 0.55, 0.2)]
    [InlineData(1, 1, 1, 1)]
    [InlineData(0, 0, 0, 0)]
    public void Lab_matches_ArgyllCMS_xicclu(double c, double m, double y, double k)
    {
        var ours = PrintProfile.Read(File.ReadAllBytes(ProfilePath)).Lab([c, m, y, k]);
        var start = new System.Diagnostics.ProcessStartInfo("xicclu", ["-ir", "-pl", "-v0", ProfilePath]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var xicclu = System.Diagnostics.Process.Start(start)!;
        xicclu.StandardInput.WriteLine(string.Join(' ', new[] { c, m, y, k }.Select(v => v.ToString(CultureInfo.InvariantCulture))));
        xicclu.StandardInput.Close();
        var argyll = xicclu.StandardOutput.ReadToEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        xicclu.WaitForExit();
        // ΔE76 under 1, about the least difference an eye tells apart: only the interpolation differs
        // (multilinear here, simplex in Argyll; the ICC leaves it to the CMM).
        double deltaE = Math.Sqrt(Math.Pow(ours.L - argyll[0], 2) + Math.Pow(ours.A - argyll[1], 2) + Math.Pow(ours.B - argyll[2], 2));
        Assert.True(deltaE < 1, $"ours {ours}, xicclu {string.Join(' ', argyll)}");
    }

    [Fact]
    public void The_house_red_is_its_CMYK_through_the_profile_and_black_ink_stays_black()
    {
        var style = HouseStyles.Zhuanbao;
        Assert.Equal("000000", style.Colour("black").Rgb);
        // M80 Y80 on FOGRA39 coated paper is L* 57, a* 58, b* 45: a warm red, sRGB EA553E.
        Assert.Equal("EA553E", style.Colour("red").Rgb);
        Assert.Equal(File.ReadAllBytes(ProfilePath), style.Print.Profile);
    }

    [Fact]
    public void A_profile_that_is_not_CMYK_output_is_refused_with_the_reason()
    {
        using var copy = new ProjectCopy();
        File.Copy("/usr/share/color/icc/sRGB.icc", copy.Path("templates/zhuanbao/FOGRA39-briefbuilder.icc"), overwrite: true);
        var error = Assert.Throws<BriefBuilder.Model.SourceError>(() => StyleReader.Read(copy.Path("templates/zhuanbao/style.yaml")));
        Assert.Contains("not an output ('prtr') profile", error.Message);
        Assert.EndsWith("style.yaml", error.File);
    }
}
