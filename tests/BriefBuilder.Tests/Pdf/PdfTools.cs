using System.Diagnostics;

namespace BriefBuilder.Tests.Pdf;

/// <summary>Runs poppler-utils and qpdf on a written file: independent readers judge our PDF.</summary>
static class PdfTools
{
    /// <summary>One folder per test run: several runs share the machine, and a shared folder let one overwrite another's files mid-test.</summary>
    public static string OutputFolder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"briefbuilder-pdf-tests-{Environment.ProcessId}")).FullName;

    public static (int Exit, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    public static string Save(byte[] pdf, string name)
    {
        string path = Path.Combine(OutputFolder, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
