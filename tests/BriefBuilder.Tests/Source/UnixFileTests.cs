using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>What .NET does not say about a file on Linux: owner, hard links, the atomic exchange of two folders.</summary>
public sealed class UnixFileTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("unix-file-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string P(string relative) => Path.Join(_dir, relative);

    [Fact]
    public void The_owner_is_read_and_set()
    {
        File.WriteAllText(P("a"), "");
        Assert.True(UnixFile.SetOwner(P("a"), (4321, 8765)));
        Assert.Equal((4321u, 8765u), UnixFile.Owner(P("a")));
        Assert.Null(UnixFile.Owner(P("absent")));
        Assert.False(UnixFile.SetOwner(P("absent"), (1, 1)));
    }

    [Fact]
    public void Two_folders_swap_in_one_step()
    {
        Directory.CreateDirectory(P("old"));
        Directory.CreateDirectory(P("new"));
        File.WriteAllText(P("old/x"), "旧");
        File.WriteAllText(P("new/x"), "新");
        Assert.True(UnixFile.Exchange(P("new"), P("old")));
        Assert.Equal(("新", "旧"), (File.ReadAllText(P("old/x")), File.ReadAllText(P("new/x"))));
        Assert.False(UnixFile.Exchange(P("new"), P("absent")));
    }

    [Fact]
    public void A_hard_link_is_a_second_name_for_the_same_bytes()
    {
        File.WriteAllText(P("a"), "甲");
        Assert.True(UnixFile.Link(P("a"), P("b")));
        File.AppendAllText(P("a"), "乙");
        Assert.Equal("甲乙", File.ReadAllText(P("b")));
        Assert.False(UnixFile.Link(P("a"), P("b")));
    }
}
