using System.Text.RegularExpressions;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>Runs poppler-utils and qpdf on a written file: independent readers judge our PDF.</summary>
static partial class PdfTools
{
    /// <summary>One folder per test run: several runs share the machine, and a shared folder let one overwrite another's files mid-test.</summary>
    public static string OutputFolder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"briefbuilder-pdf-tests-{Environment.ProcessId}")).FullName;

    public static (int Exit, string Output) Run(string tool, params string[] arguments)
    {
        var (exit, stdout, stderr) = Tools.Run(tool, arguments);
        return (exit, stdout + stderr);
    }

    public static string Save(byte[] pdf, string name)
    {
        string path = Path.Combine(OutputFolder, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>
    /// pdftotext's text of each page, page numbers left out: they are the PDF's own, not the
    /// brief's text (its default mode joins "— 1 —" into "—1—").
    /// </summary>
    public static List<string> PageTexts(string pdf)
    {
        var (exit, text) = Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        if (exit != 0) throw new InvalidOperationException($"pdftotext failed on {pdf}: {text}");
        // pdftotext ends every page with a form feed, the last one too.
        return text.Split('\f')[..^1].Select(page => string.Join('\n', page.Split('\n').Where(l => !Folio().IsMatch(l)))).ToList();
    }

    [GeneratedRegex(@"^\s*—\s*\d+\s*—\s*$")]
    private static partial Regex Folio();
}
