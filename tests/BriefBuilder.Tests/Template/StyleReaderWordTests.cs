using BriefBuilder.Model;
using BriefBuilder.Template;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Template;

/// <summary>The Word side of style.yaml (style names, font-table entries) is checked where it is written.</summary>
public sealed class StyleReaderWordTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("briefbuilder-style-").FullName;
    private static readonly string Original = File.ReadAllText(Repo.Path("templates", "zhuanbao", "style.yaml"));

    private SourceError Fails(string from, string to)
    {
        Assert.Contains(from, Original);
        var path = Path.Combine(_dir, StyleReader.FileName);
        File.WriteAllText(path, Original.Replace(from, to));
        // The print profile that style.yaml names is read from beside it.
        File.Copy(Repo.Path("templates", "zhuanbao", "FOGRA39-briefbuilder.icc"), Path.Combine(_dir, "FOGRA39-briefbuilder.icc"), overwrite: true);
        return Assert.Throws<SourceError>(() => StyleReader.Read(path));
    }

    private static int LineOf(string text) => Original[..Original.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void A_paragraph_style_without_a_word_name_is_an_error_at_its_line()
    {
        var error = Fails("    docx: 版头\n", "");
        Assert.Equal(LineOf("  masthead:") + 1, error.Line); // the mapping's first line below its key
        Assert.Contains("docx", error.Message);
    }

    [Theory]
    [InlineData("charset: 86, family: modern, pitch: fixed, panose: \"02010609030101010101\" }\n    pdf: [仿宋_GB2312", "charset: GB, family: modern, pitch: fixed, panose: \"02010609030101010101\" }\n    pdf: [仿宋_GB2312", "two hex digits")]
    [InlineData("alt: 仿宋, charset: 86, family: modern,", "alt: 仿宋, charset: 86, family: serif,", "roman, swiss, modern")]
    [InlineData("panose: \"02010609030101010101\" }\n    pdf: [仿宋_GB2312", "panose: \"0201\" }\n    pdf: [仿宋_GB2312", "20 hex digits")]
    public void A_bad_font_table_entry_is_an_error_at_its_line(string from, string to, string expected)
    {
        var error = Fails(from, to);
        Assert.Equal(LineOf("    word: { alt: 仿宋,"), error.Line);
        Assert.Contains(expected, error.Message);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
