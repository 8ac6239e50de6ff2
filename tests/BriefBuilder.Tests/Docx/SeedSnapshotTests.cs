using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// The main parts of each seed brief's DOCX, pretty-printed and checked in beside this file as
/// SeedSnapshotTests.*.approved.xml: any change to what Word receives shows up in review.
/// To accept a change, look at the .received.xml diff and rename it to .approved.xml.
/// </summary>
[UseReporter(typeof(QuietReporter))] // fail only: no diff tool may open on a CI machine
public class SeedSnapshotTests
{
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Document(string name) => Verify(name, "word/document.xml");

    /// <summary>The style sheet comes from style.yaml alone: one snapshot, and every seed must give that same sheet.</summary>
    [Fact]
    public void Styles()
    {
        var sheets = SeedBriefs.Seeds.Keys.Order(StringComparer.Ordinal)
            .Select(name => DocxNormalizer.Normalize(new MemoryStream(SeedBriefs.Docx(name)), "word/styles.xml")).ToList();
        Assert.All(sheets, sheet => Assert.Equal(sheets[0], sheet));
        Approvals.Verify(new ApprovalTextWriter(sheets[0], "xml"));
    }

    private static void Verify(string name, string part)
    {
        var xml = DocxNormalizer.Normalize(new MemoryStream(SeedBriefs.Docx(name)), part);
        // One file per seed: SeedSnapshotTests.Document.ForScenario.2024-020.approved.xml
        using (ApprovalResults.ForScenario(SeedBriefs.FileStem(name)))
            Approvals.Verify(new ApprovalTextWriter(xml, "xml"));
    }
}
