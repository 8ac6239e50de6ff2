using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// Every placed run and rule of each seed brief, checked against a reviewed dump in approved/:
/// any change of layout shows up as a diff to review like code. The quiet reporter never opens
/// a diff tool; a failing test leaves a .received.txt beside the approved file to compare.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("approved")]
public class LayoutSnapshotTests
{
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Layout_matches_the_approved_dump(string name)
    {
        var dump = LayoutDump.Write(SeedPdfs.Get(name).Pages);
        // One approved file per seed: "2024/009.md" → ….2024-009.approved.txt
        using (ApprovalResults.ForScenario(name.Replace('/', '-').Replace(".md", "")))
            Approvals.Verify(dump);
    }
}
