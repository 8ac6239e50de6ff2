using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>series.yaml: what every brief of the series shares, each setting checked when read.</summary>
public sealed class SeriesReaderTests : IDisposable
{
    readonly string _file = Path.Join(Directory.CreateTempSubdirectory("series-").FullName, "series.yaml");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    const string Settings = """
        name: 领军参阅
        edition: 专报
        publisher: 苏州太湖书院 苏州太湖智库主办
        tagline: 市管重点新型智库
        address: 苏州市吴中区胥口镇灵山路609号
        fax: "65519639"
        copies: 30
        template: zhuanbao
        """;

    SeriesSettings Read(string yaml)
    {
        File.WriteAllText(_file, yaml);
        return SeriesReader.Read(_file);
    }

    void Fails(string yaml, int line, string message)
    {
        File.WriteAllText(_file, yaml);
        var error = Assert.Throws<SourceError>(() => SeriesReader.Read(_file));
        Assert.Equal((_file, line, message), (error.File, error.Line, error.Message));
    }

    [Fact]
    public void Reads_every_setting()
    {
        var s = Read(Settings + "\neditor: 柴永鹏\nphone: \"18896954159\"\nnumbering:\n  2023:\n    first_total: 52\n");
        Assert.Equal(new SeriesSettings(_file, "领军参阅", "专报", "苏州太湖书院\u3000苏州太湖智库主办", "市管重点新型智库",
            "苏州市吴中区胥口镇灵山路609号", "65519639", "18896954159", "柴永鹏", 30, "zhuanbao"), s);
        Assert.Null(s.Publish);
    }

    [Fact]
    public void Editor_and_phone_may_be_left_to_each_brief()
    {
        var s = Read(Settings);
        Assert.Equal((null, null), (s.Editor, s.Phone));
    }

    [Fact]
    public void Publish_names_the_files_brief_publish_writes()
    {
        var s = Read(Settings + "\npublish:\n  brief: \"{name}{edition} {year}年第{issue}期（总第{total}期）\"\n  catalogue: \"{name}{edition} {year}年目录\"\n");
        Assert.Equal(new PublishNames("{name}{edition} {year}年第{issue}期（总第{total}期）", "{name}{edition} {year}年目录"), s.Publish);
    }

    [Theory]
    [InlineData("brief: \"{year}年第{issue}期\"\n  catalogue: \"{year}年目录\"", 10, "the brief's name must contain {total}, so that no two briefs share a name")]
    [InlineData("brief: \"{total}\"\n  catalogue: \"目录\"", 11, "the catalogue's name must contain {year}")]
    [InlineData("brief: \"a/{total}\"\n  catalogue: \"{year}\"", 10, "a published name is a file name, without / or \\")]
    [InlineData("brief: \"{total}\"\n  catalogue: \"{year}\\\\目录\"", 10, "a published name is a file name, without / or \\")]
    [InlineData("catalogue: \"{year}\"\n  brief: \"{year}年第{issue}期\"", 11, "the brief's name must contain {total}, so that no two briefs share a name")]
    [InlineData("catalogue: \"{year}\"\n  brief: \"/{total}.pdf\"", 11, "a published name is a file name, without / or \\")]
    [InlineData("brief: \"{total}\"\n  catalogue: \"\\\\{year}\"", 10, "a published name is a file name, without / or \\")]
    [InlineData("brief: \"{total}\"\n  catalogue: \"{year}\"\n  folder: dist", 12, "unknown key 'folder'; expected one of: brief, catalogue")]
    [InlineData("catalogue: \"{year}\"", 10, "missing key 'brief': expected the published brief's file name, like \"{name}{edition} {year}年第{issue}期（总第{total}期）\"")]
    [InlineData("brief: \"{total}\"", 10, "missing key 'catalogue': expected the year's catalogue file name, like \"{name}{edition} {year}年目录\"")]
    public void Publish_names_are_checked(string publish, int line, string message) =>
        Fails(Settings + "\npublish:\n  " + publish + "\n", line, message);

    [Theory]
    [InlineData("name", "missing key 'name': expected the series name, like 领军参阅")]
    [InlineData("edition", "missing key 'edition': expected the edition label, like 专报")]
    [InlineData("publisher", "missing key 'publisher': expected the publisher line, like 苏州太湖书院 苏州太湖智库主办")]
    [InlineData("tagline", "missing key 'tagline': expected the tagline, like 市管重点新型智库")]
    [InlineData("address", "missing key 'address': expected the postal address of the closing block")]
    [InlineData("fax", "missing key 'fax': expected the fax number of the closing block")]
    [InlineData("copies", "missing key 'copies': expected the default number of printed copies, like 30")]
    [InlineData("template", "missing key 'template': expected the template folder's name under templates/, like zhuanbao")]
    public void Every_required_setting_is_asked_for(string key, string message) =>
        Fails(string.Join('\n', Settings.Split('\n').Where(l => !l.StartsWith(key + ":"))), 1, message);

    [Fact]
    public void An_unknown_setting_is_refused_with_the_nearest_known_one() =>
        Fails(Settings + "\ntemplat: zhuanbao2\n", 9,
            "unknown key 'templat'; did you mean 'template'? expected one of: name, edition, publisher, tagline, address, fax, phone, editor, copies, template, numbering, publish");
}
