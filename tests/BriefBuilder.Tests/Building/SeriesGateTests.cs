using BriefBuilder.Pipeline;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// The numbering gate keeps each brief's front matter between builds of one process (brief
/// watch checks the whole archive on every save), and reads a brief again once it changed, even
/// when the change kept its size and time (a save within one tick of the file-system clock).
/// </summary>
public class SeriesGateTests
{
    [Fact]
    public void An_edited_brief_is_checked_as_it_now_reads()
    {
        using var w = new Workspace();
        var gate = new SeriesGate();
        Assert.Empty(gate.ErrorsFor([w.Content]));

        w.Edit("2024/020.md", t => t.Replace("total: 102", "total: 101"));
        Assert.Contains(gate.ErrorsFor([w.Content]), d => d.Code == "offset" && d.Message.Contains("总第101期"));

        w.Edit("2024/020.md", t => t.Replace("total: 101", "total: 102"));
        Assert.Empty(gate.ErrorsFor([w.Content]));
    }

    [Fact]
    public void A_brief_changed_within_one_tick_of_the_file_clock_is_read_again()
    {
        using var w = new Workspace();
        var gate = new SeriesGate();
        var brief = Path.Join(w.Content, "2024", "020.md");
        var tick = DateTime.UtcNow; // just saved
        File.SetLastWriteTimeUtc(brief, tick);
        Assert.Empty(gate.ErrorsFor([w.Content]));

        // Same size, same time: only the text tells the change (total 102 → 101).
        w.Edit("2024/020.md", t => t.Replace("total: 102", "total: 101"));
        File.SetLastWriteTimeUtc(brief, tick);
        Assert.Contains(gate.ErrorsFor([w.Content]), d => d.Code == "offset" && d.Message.Contains("总第101期"));
    }
}

