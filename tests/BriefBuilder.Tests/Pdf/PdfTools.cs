using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>Runs poppler-utils and qpdf on a written file: independent readers judge our PDF.</summary>
static class PdfTools
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
}
