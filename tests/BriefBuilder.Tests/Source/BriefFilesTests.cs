using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>Which files are briefs: every visible .md file under the folder, hidden folders left out.</summary>
public sealed class BriefFilesTests : IDisposable
{
    // A hidden folder above the content folder is the user's business, not a reason to skip it.
    readonly string _root = Path.Join(Directory.CreateTempSubdirectory(".briefs-").FullName, "content");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_root)!, recursive: true);

    string Touch(string relative)
    {
        var path = Path.Join(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
        return path;
    }

    [Fact]
    public void Every_visible_md_file_at_any_depth_in_ordinal_order()
    {
        Touch("2024/020.md");
        Touch("2024/009.md");
        Touch("2023/001.md");
        Touch("drafts/新稿/a.md");
        Touch("top.md");
        Touch("2024/.020.md.swp.md");
        Touch(".git/x.md");
        Touch("2024/.backup/009.md");
        Touch("2024/notes.txt");
        Touch("2024/020.MD");
        Touch("2024/020.md~");
        Touch("series.yaml");

        Assert.Equal(
            ["2023/001.md", "2024/009.md", "2024/020.md", "drafts/新稿/a.md", "top.md"],
            BriefFiles.Under(_root).Select(f => Path.GetRelativePath(_root, f)));
        Assert.All(BriefFiles.Under(_root), f => Assert.StartsWith(_root + "/", f));
    }

    [Theory]
    [InlineData("content/2024/020.md", true)]
    [InlineData("020.md", true)]
    [InlineData(".020.md", false)]
    [InlineData("content/2024/020.markdown", false)]
    [InlineData("content/2024/020.Md", false)]
    [InlineData("content/2024/020.md.bak", false)]
    [InlineData("content/.drafts/020.md", true)]   // the name alone: folders are Under's business
    public void A_brief_is_named_so(string path, bool brief) =>
        Assert.Equal(brief, BriefFiles.IsBrief(path));
}
