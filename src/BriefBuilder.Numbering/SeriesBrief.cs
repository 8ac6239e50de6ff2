using BriefBuilder.Model;

namespace BriefBuilder.Numbering;

/// <summary>
/// A brief as the numbering checks see it: where it lies in the archive
/// (<c>content/&lt;FolderYear&gt;/&lt;NNN&gt;.md</c>) and what its front matter says.
/// </summary>
/// <param name="InYearFolder">False for a brief elsewhere under the archive (content/drafts/):
/// its <paramref name="FolderYear"/> is then its date's year, and the placement rule reports it.</param>
public sealed record SeriesBrief(string File, int FolderYear, FrontMatter Front, bool InYearFolder = true)
{
    public int Issue => Front.Issue;
    public int Total => Front.Total;
    public DateOnly Date => Front.Date;

    /// <summary>总第 − 第: the same for every brief of one year.</summary>
    public int Offset => Total - Issue;

    public int LineOf(string key) => Front.LineOf(key);

    /// <summary>The name the archive gives the brief of this 第N期: 第9期 is 009.md.</summary>
    public static string FileNameFor(int issue) => $"{issue:D3}.md";
}
