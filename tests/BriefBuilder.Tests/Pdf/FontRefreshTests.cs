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

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static string Font(string name) => TestFonts.File(name);

    [Fact]
    public void A_font_installed_after_the_first_look_is_found()
    {
        var before = FontIndex.ForFolders([folder]);
        Assert.Null(before.Find("FandolKai Regular"));

        File.Copy(Font("FandolKai-Regular.otf"), Path.Combine(folder, "FandolKai-Regular.otf"));
        var after = FontIndex.ForFolders([folder]);
        Assert.Equal("FandolKai", after.Find("FandolKai Regular")?.Family);
        Assert.NotEqual(before.Stamp, after.Stamp);

        File.Delete(Path.Combine(folder, "FandolKai-Regular.otf"));
        Assert.Null(FontIndex.ForFolders([folder]).Find("FandolKai Regular"));
    }

    [Fact]
    public void An_unchanged_folder_is_not_read_again()
    {
        File.Copy(Font("FandolKai-Regular.otf"), Path.Combine(folder, "FandolKai-Regular.otf"));
        Assert.Same(FontIndex.ForFolders([folder]), FontIndex.ForFolders([folder]));
    }

    [Fact]
    public void A_font_file_replaced_under_the_same_name_is_opened_again()
    {
        var path = Path.Combine(folder, "role.otf");
        File.Copy(Font("FandolKai-Regular.otf"), path);
        var kai = FontFace.Load(path);
        Assert.Same(kai, FontFace.Load(path));

        // Replaced as package managers do it: the new file is written beside and renamed over the old.
        File.Copy(Font("FandolHei-Regular.otf"), path + ".new");
        File.SetLastWriteTimeUtc(path + ".new", File.GetLastWriteTimeUtc(path).AddSeconds(1)); // even within one clock tick
        File.Move(path + ".new", path, overwrite: true);
        Assert.Equal(("FandolKai", "FandolHei"), (kai.Family, FontFace.Load(path).Family));
    }
}
