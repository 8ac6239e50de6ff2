using System.Text.Json;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>Readers other than ours, run on a written PDF: pdf.js under node (tests/clients).</summary>
static class Clients
{
    /// <summary>What pdf.js makes of the file: warnings, XMP title, outline, per page text and structure roles.</summary>
    public static JsonElement Pdfjs(string pdf)
    {
        var (exit, json) = PdfTools.Run("node", Repo.Path("tests", "clients", "pdfjs-read.mjs"), pdf);
        Assert.True(exit == 0, json);
        return JsonDocument.Parse(json).RootElement;
    }
}
