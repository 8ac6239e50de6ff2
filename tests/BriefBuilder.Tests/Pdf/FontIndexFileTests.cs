using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// The faces of the font folders are kept in the build's cache between runs (FontIndexFile), and
/// used only while every font file is as it was: same paths, sizes and times.
/// </summary>
public class FontIndexFileTests : IDisposable
{
    readonly string fonts = Directory.CreateTempSubdirectory("brief-fonts-").FullName;
    readonly string cache = Directory.CreateTempSubdirectory("brief-cache-").FullName;

    public void Dispose()
    {
        Directory.Delete(fonts, recursive: true);
        Directory.Delete(cache, recursive: true);
    }

    [Fact]
    public void The_faces_read_are_kept_as_they_were_read()
    {
        File.Copy(TestFonts.File("FandolKai-Regular.otf"), Path.Combine(fonts, "FandolKai-Regular.otf"));
        var index = new FontLibrary().Index([fonts], cache);

        var kept = Directory.GetFiles(cache, "fonts-*.tsv").Single();
        Assert.Equal(index.Faces, FontIndexFile.Read(kept, index.Stamp));
        Assert.Equal("FandolKai", Assert.Single(index.Faces).Family);
    }

    [Fact]
    public void A_kept_index_is_read_only_while_the_fonts_are_unchanged()
    {
        var file = Path.Combine(cache, "fonts-test.tsv");
        FontFileFace face = new("/fonts/a.otf", 0, "Jia Family", "Regular", "Jia Family", "Regular", "甲 Family");
        FontIndexFile.Write(file, "/fonts/a.otf 100 5", [face]);

        Assert.Equal([face], FontIndexFile.Read(file, "/fonts/a.otf 100 5"));
        Assert.Null(FontIndexFile.Read(file, "/fonts/a.otf 100 6")); // the file's time changed
        Assert.Null(FontIndexFile.Read(file, "/fonts/a.otf 100 5\n/fonts/b.otf 7 1")); // a font was added

        File.WriteAllText(file, File.ReadAllText(file)[..^10]); // cut short
        Assert.Null(FontIndexFile.Read(file, "/fonts/a.otf 100 5"));
    }
}
