using System.Text;
using BriefBuilder.Tests.Building;

namespace BriefBuilder.Tests.Lint;

/// <summary>
/// Text pasted from Word or the web (issue 17): every invisible or odd space is a finding at its
/// own line, --fix removes it whole, and nothing shifts the line numbers after it.
/// </summary>
public sealed class PastedTextTests : IDisposable
{
    private readonly Workspace _ws = new();
    public void Dispose() => _ws.Dispose();

    /// <summary>A brief whose body starts on line 9.</summary>
    private string Write(string body) => _ws.Write("content/2024/021.md", Encoding.UTF8.GetBytes(
        $"---\nissue: 21\ntotal: 103\ndate: 2024-06-17\nrecipients: [刘小涛书记]\ntitle: 苏州打造产业创新集群的思考\n---\n\n{body}\n"));

    private static string Body(string path) => File.ReadAllText(path).Split("---\n\n")[1];

    [Fact]
    public void A_paragraph_indented_with_two_ideographic_spaces_is_found_and_fixed_whole()
    {
        var path = Write("\u3000\u3000近年来，苏州加快发展。");

        var found = Workspace.Brief("lint", path);
        Assert.Equal(1, found.Exit);
        Assert.Contains($"{path}:9: error[space-odd]: a U+3000 (ideographic space) at the start of the text\n", found.Stdout);

        var fixedOnce = Workspace.Brief("lint", "--fix", path);
        Assert.Equal(0, fixedOnce.Exit);
        Assert.Equal("近年来，苏州加快发展。\n", Body(path));
    }

    [Fact]
    public void A_no_break_space_between_Chinese_characters_is_found_and_removed()
    {
        var path = Write("苏州\u00A0加快发展。");

        var found = Workspace.Brief("lint", path);
        Assert.Contains($"{path}:9: error[space-cjk]: a U+00A0 (no-break space) between '州' and '加'\n", found.Stdout);

        Assert.Equal(0, Workspace.Brief("lint", "--fix", path).Exit);
        Assert.Equal("苏州加快发展。\n", Body(path));
    }

    [Fact]
    public void A_line_separator_is_a_finding_at_its_line_and_later_lines_keep_their_numbers()
    {
        var path = Write("苏州\u2028加快发展。\n\n苏州,是基地。");

        var found = Workspace.Brief("lint", path);

        Assert.Contains($"{path}:9: error[invisible]: an invisible U+2028 (line separator)\n", found.Stdout);
        Assert.Contains($"{path}:11: error[punct-halfwidth]: half-width ',' in Chinese text\n", found.Stdout);
        Assert.Equal(0, Workspace.Brief("lint", "--fix", path).Exit);
        Assert.Equal("苏州加快发展。\n\n苏州，是基地。\n", Body(path));
    }

    [Fact]
    public void A_soft_hyphen_is_found_and_removed()
    {
        var path = Write("产业\u00AD集群。");

        Assert.Contains($"{path}:9: error[invisible]: an invisible U+00AD (soft hyphen)\n", Workspace.Brief("lint", path).Stdout);
        Assert.Equal(0, Workspace.Brief("lint", "--fix", path).Exit);
        Assert.Equal("产业集群。\n", Body(path));
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("build")]
    public void A_noncharacter_is_an_error_at_the_briefs_line(string command)
    {
        var path = Write("第一段。\n\n产业\uFFFE集群。");

        var result = command == "build" ? Workspace.Brief("build", path, "-o", _ws.Out) : Workspace.Brief("lint", path);

        Assert.Equal(1, result.Exit);
        // build names the brief by its shorter path (relative to the working folder when that is shorter), lint by the path given
        Assert.Contains($"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}:11: error", result.Stdout + result.Stderr);
        Assert.Contains("the character U+FFFE (noncharacter) cannot be printed", result.Stdout + result.Stderr);
        Assert.DoesNotContain("scriban", result.Stdout + result.Stderr);
        Assert.False(Directory.Exists(_ws.Out) && Directory.EnumerateFiles(_ws.Out, "021.*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void The_dump_escapes_every_character_that_does_not_show()
    {
        var path = Write("产业\u00A0集群\u00AD发展\u200B。");

        var result = Workspace.Brief("build", "--dump", "brief", path);

        // The soft hyphen is a lint error and the series gives no editor: the build refuses the
        // brief, and so does a dump (the same checks, issue 18), which still shows the text it
        // read, every invisible character escaped.
        Assert.Equal(1, result.Exit);
        Assert.Contains("error[invisible]", result.Stderr);
        Assert.Contains("\"产业\\u00A0集群\\u00AD发展\\u200B。\"", result.Stdout);
    }

    [Fact]
    public void A_UTF16_file_is_said_to_be_UTF16()
    {
        var path = _ws.Write("content/2024/021.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\nissue: 21\n")).ToArray());

        var result = Workspace.Brief("lint", path);

        Assert.Contains($"{path}:1: error[source]: the file is UTF-16 text; save it as UTF-8\n", result.Stdout);
    }
}
