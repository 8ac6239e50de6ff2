using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// A process that lives on (<c>brief watch</c>) sees fonts installed, removed or replaced while it
/// runs: the index and the faces are read again when a font folder's listing changes.
/// </summary>
public class FontRefreshTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("brief-fonts-").FullName;
    readonly FontLibrary fonts = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static string Font(string name) => TestFonts.File(name);

    [Fact]
    public void A_font_installed_after_the_first_look_is_found()
    {
        var before = fonts.Index([folder]);
        Assert.Null(before.Find("FandolKai Regular"));

        File.Copy(Font("FandolKai-Regular.otf"), Path.Combine(folder, "FandolKai-Regular.otf"));
        var after = fonts.Index([folder]);
        Assert.Equal("FandolKai", after.Find("FandolKai Regular")?.Family);
        Assert.NotEqual(before.Stamp, after.Stamp);

        File.Delete(Path.Combine(folder, "FandolKai-Regular.otf"));
        Assert.Null(fonts.Index([folder]).Find("FandolKai Regular"));
    }

    [Fact]
    public void An_unchanged_folder_is_not_read_again()
    {
        File.Copy(Font("FandolKai-Regular.otf"), Path.Combine(folder, "FandolKai-Regular.otf"));
        Assert.Same(fonts.Index([folder]), fonts.Index([folder]));
    }

    [Fact]
    public void A_font_file_replaced_under_the_same_name_is_opened_again()
    {
        var path = Path.Combine(folder, "role.otf");
        File.Copy(Font("FandolKai-Regular.otf"), path);
        var kai = fonts.Face(path);
        Assert.Same(kai, fonts.Face(path));

        // Replaced as package managers do it: the new file is written beside and renamed over the old.
        File.Copy(Font("FandolHei-Regular.otf"), path + ".new");
        File.SetLastWriteTimeUtc(path + ".new", File.GetLastWriteTimeUtc(path).AddSeconds(1)); // even within one clock tick
        File.Move(path + ".new", path, overwrite: true);
        Assert.Equal(("FandolKai", "FandolHei"), (kai.Family, fonts.Face(path).Family));
    }

    [Fact]
    public void Two_libraries_share_nothing()
    {
        // What a pipeline opened lives in that pipeline: a test's fresh one starts from the files.
        var path = Path.Combine(folder, "kai.otf");
        File.Copy(Font("FandolKai-Regular.otf"), path);
        Assert.NotSame(fonts.Face(path), new FontLibrary().Face(path));
        Assert.NotSame(fonts.Index([folder]), new FontLibrary().Index([folder]));
    }
}
