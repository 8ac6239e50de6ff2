using BriefBuilder.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Tests.Docx;

/// <summary>The DOCX of each real seed brief, built by the real pipeline: valid Word, and the seed's text.</summary>
public class SeedDocxTests
{
    private static WordprocessingDocument Open(string name) =>
        WordprocessingDocument.Open(new MemoryStream(SeedBriefs.Docx(name)), isEditable: false);

    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Validator_reports_no_errors(string name)
    {
        using var word = Open(name);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    // Body paragraphs and the closing table's cells in document order; footers live in their own parts.
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Text_in_document_order_is_the_seed_text(string name)
    {
        using var word = Open(name);
        var text = string.Concat(word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .SelectMany(p => p.Descendants<Text>()).Select(t => t.Text));
        Assert.Equal(SeedBriefs.ExpectedText(name), SeedBriefs.Squeeze(text));
    }
}
