using BriefBuilder.Tests.Building;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// A truncated FandolFang in fonts/ (issue 17): brief fonts names it as damaged with its path, and
/// the build never chooses it: 仿宋 falls to the style's fallback faces and the PDF is written.
/// </summary>
public sealed class DamagedFontTests : IDisposable
{
    private readonly Workspace _ws = new();
    public void Dispose() => _ws.Dispose();

    private string CutFangsong()
    {
        // fonts/ of the workspace: the repository's fonts linked one by one, FandolFang cut to half.
        var fonts = Path.Join(_ws.Root, "fonts");
        File.Delete(fonts); // the workspace's link to the whole folder
        Directory.CreateDirectory(fonts);
        foreach (var font in Directory.EnumerateFiles(Repo.FandolFolder(), "*.otf"))
            File.CreateSymbolicLink(Path.Join(fonts, Path.GetFileName(font)), font);
        var fang = Path.Join(fonts, "FandolFang-Regular.otf");
        var bytes = File.ReadAllBytes(fang);
        File.Delete(fang);
        File.WriteAllBytes(fang, bytes[..(bytes.Length / 2)]);
        return fang;
    }

    /// <summary>
    /// The brief program in a process whose home holds no fonts: set-up installs Fandol into
    /// ~/.local/share/fonts, and an intact copy there would rightly serve 仿宋 instead.
    /// </summary>
    private (int Exit, string Stdout, string Stderr) Brief(params string[] args)
    {
        var home = Directory.CreateTempSubdirectory("brief-home-").FullName;
        return Tools.Run(Path.Join(AppContext.BaseDirectory, "brief"), args, new Dictionary<string, string> { ["HOME"] = home, ["XDG_DATA_HOME"] = home });
    }

    [Fact]
    public void Brief_fonts_names_the_damaged_face_with_its_path()
    {
        var fang = CutFangsong();

        var result = Brief("fonts", "--content", _ws.Content);

        Assert.Equal(0, result.Exit);
        var row = result.Stdout.Split('\n').Single(l => l.StartsWith("fangsong ") && l.Contains("FandolFang Regular"));
        Assert.Contains($"damaged: {fang}: its '", row);
        Assert.Contains("table runs past the end of the file", row);
        // Above the full table, the summary lists it as damaged, not as a font to install.
        var summary = result.Stdout[..result.Stdout.IndexOf("Every family tried", StringComparison.Ordinal)];
        Assert.Contains("Damaged, never used", summary);
        Assert.Contains(summary.Split('\n'), l => l.StartsWith("fangsong ") && l.Contains($"{fang}: its '"));
        Assert.DoesNotContain(summary.Split('\n'), l => l.StartsWith("fangsong ") && l.Contains("FandolFang Regular"));
        // The other faces are linked into fonts/, not copied: a link is the face it leads to.
        Assert.All(result.Stdout.Split('\n').Where(l => l.Contains("damaged:")), l => Assert.Contains($"damaged: {fang}:", l));
    }

    [Fact]
    public void The_build_never_chooses_the_damaged_face()
    {
        CutFangsong();

        var result = Brief("build", Path.Join(_ws.Content, "2024", "020.md"), "-o", _ws.Out, "--format", "pdf");

        Assert.True(result.Exit == 0, result.Stdout + result.Stderr);
        var fonts = PdfTools.Run("pdffonts", _ws.Output("2024/020.pdf")).Output;
        Assert.DoesNotContain("FandolFang", fonts);
        Assert.Contains("NotoSerifCJK", fonts.Replace("-", ""));
    }
}
