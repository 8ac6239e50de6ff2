using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// The one writer of the user's files: the old file or the whole new one, never half; a link stays
/// a link, mode and owner stay, a read-only file or folder is refused; every failure names the file.
/// </summary>
public sealed class UserFileTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("user-file-").FullName;

    public void Dispose()
    {
        foreach (var d in Directory.EnumerateDirectories(_dir, "*", SearchOption.AllDirectories).Prepend(_dir))
            File.SetUnixFileMode(d, (UnixFileMode)0b111_101_101);
        Directory.Delete(_dir, recursive: true);
    }

    string P(string relative) => Path.Join(_dir, relative);

    static byte[] B(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Nothing of ours is left beside the file.</summary>
    void AssertNoTemporaryFiles() => Assert.Empty(Directory.EnumerateFiles(_dir, "*.tmp", SearchOption.AllDirectories));

    static SourceError Fails(string path, Action write)
    {
        var error = Assert.Throws<SourceError>(write);
        Assert.Equal((path, 0), (error.File, error.Line));
        return error;
    }

    [Fact]
    public void A_new_file_is_written_with_its_folders()
    {
        UserFile.Write(P("out/2024/020.pdf"), B("甲"));
        Assert.Equal("甲", File.ReadAllText(P("out/2024/020.pdf")));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void A_file_is_replaced_keeping_its_mode_and_owner()
    {
        var path = P("020.md");
        File.WriteAllText(path, "旧");
        File.SetUnixFileMode(path, (UnixFileMode)0b110_100_000);
        Assert.True(UnixFile.SetOwner(path, (1234, 5678)));

        UserFile.Write(path, B("新"));

        Assert.Equal("新", File.ReadAllText(path));
        Assert.Equal((UnixFileMode)0b110_100_000, File.GetUnixFileMode(path));
        Assert.Equal((1234u, 5678u), UnixFile.Owner(path));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void A_link_stays_a_link_and_its_final_target_is_written()
    {
        var target = P("archive/020.md");
        Directory.CreateDirectory(P("archive"));
        File.WriteAllText(target, "旧");
        File.CreateSymbolicLink(P("middle.md"), target);
        File.CreateSymbolicLink(P("020.md"), P("middle.md"));

        UserFile.Write(P("020.md"), B("新"));

        Assert.Equal(P("middle.md"), new FileInfo(P("020.md")).LinkTarget);
        Assert.Equal(target, new FileInfo(P("middle.md")).LinkTarget);
        Assert.Equal("新", File.ReadAllText(target));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void A_link_that_leads_in_a_circle_is_refused()
    {
        File.CreateSymbolicLink(P("a.md"), P("b.md"));
        File.CreateSymbolicLink(P("b.md"), P("a.md"));
        var error = Fails(P("a.md"), () => UserFile.Write(P("a.md"), B("新")));
        Assert.StartsWith("cannot follow the link: ", error.Message);
    }

    [Fact]
    public void A_read_only_file_is_refused_and_left_as_it_was()
    {
        var path = P("020.md");
        File.WriteAllText(path, "旧");
        File.SetUnixFileMode(path, (UnixFileMode)0b100_100_100);
        var error = Fails(path, () => UserFile.Write(path, B("新")));
        Assert.Equal("it is read-only (mode 0444); nothing was written: make it writable (chmod u+w) for brief to change it", error.Message);
        Assert.Equal("旧", File.ReadAllText(path));
    }

    [Fact]
    public void A_file_in_a_read_only_folder_is_refused()
    {
        Directory.CreateDirectory(P("locked"));
        File.WriteAllText(P("locked/020.md"), "旧");
        File.SetUnixFileMode(P("locked"), (UnixFileMode)0b101_101_101);
        var error = Fails(P("locked/020.md"), () => UserFile.Write(P("locked/020.md"), B("新")));
        Assert.Equal($"its folder {P("locked")} is read-only; nothing was written: make the folder writable (chmod u+w) for brief to write here", error.Message);
        Assert.Equal("旧", File.ReadAllText(P("locked/020.md")));
    }

    [Fact]
    public void A_folder_where_the_file_belongs_is_refused()
    {
        Directory.CreateDirectory(P("020.pdf"));
        var error = Fails(P("020.pdf"), () => UserFile.Write(P("020.pdf"), B("新")));
        Assert.Equal("this is a folder, where a file belongs; move the folder away", error.Message);
    }

    [Fact]
    public void A_folder_that_cannot_be_made_is_named()
    {
        File.WriteAllText(P("out"), "");
        var error = Fails(P("out/2024/020.pdf"), () => UserFile.Write(P("out/2024/020.pdf"), B("新")));
        Assert.StartsWith("cannot make its folder: ", error.Message);
    }

    [Fact]
    public void Create_never_replaces_a_file()
    {
        var path = P("2024/021.md");
        UserFile.Create(path, B("第一"));
        var error = Fails(path, () => UserFile.Create(path, B("第二")));
        Assert.Equal("it already exists; it is left as it is", error.Message);
        Assert.Equal("第一", File.ReadAllText(path));
    }

    [Fact]
    public void A_write_that_fails_leaves_the_old_file_and_no_temporary_one()
    {
        var path = P("020.pdf");
        File.WriteAllText(path, "旧");
        var error = Fails(path, () => UserFile.Write(path, s =>
        {
            s.Write(B("半"));
            throw new IOException("disk full");
        }));
        Assert.Equal("cannot write: disk full; nothing was written", error.Message);
        Assert.Equal("旧", File.ReadAllText(path));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void Temporary_files_a_killed_run_left_are_removed_and_no_others()
    {
        var hex = new string('a', 32);
        string Temp(string name, long pid, bool old = true)
        {
            var path = P($".{name}.{pid}.{Guid.NewGuid():N}.tmp");
            File.WriteAllText(path, "");
            if (old) File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-1));
            return path;
        }
        var stale = Temp("020.pdf", int.MaxValue);
        var ours = Temp("020.pdf", Environment.ProcessId);
        var running = Temp("020.pdf", 1);
        var fresh = Temp("020.pdf", int.MaxValue, old: false);
        var other = Temp("020.pdf.bak", int.MaxValue);
        var odd = P($".020.pdf.x.{hex}.tmp");
        File.WriteAllText(odd, "");

        UserFile.Write(P("020.pdf"), B("新"));

        Assert.False(File.Exists(stale));
        Assert.All(new[] { ours, running, fresh, other, odd }, f => Assert.True(File.Exists(f), f));
    }

    [Fact]
    public void Rewrite_keeps_the_file_s_line_ends_and_byte_order_mark()
    {
        var path = P("020.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. B("甲\r\n乙\n丙\r丁")]);
        UserFile.Rewrite(path, "一\n二\n三\n四\n五");
        Assert.Equal([0xEF, 0xBB, 0xBF, .. B("一\r\n二\n三\r四\r\n五")], File.ReadAllBytes(path));
    }
}
