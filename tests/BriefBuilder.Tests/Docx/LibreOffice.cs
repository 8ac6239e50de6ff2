using System.Diagnostics;

namespace BriefBuilder.Tests.Docx;

/// <summary>Runs <c>soffice --headless --convert-to</c> with a private profile so parallel runs do not collide.</summary>
internal static class LibreOffice
{
    public static string Convert(string input, string format, string outDir)
    {
        var profile = Path.Combine(Path.GetTempPath(), "briefbuilder-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", format, "--outdir", outDir, input })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not convert {input} within two minutes");
            }
            Assert.True(process.ExitCode == 0, $"soffice exited {process.ExitCode}: {stdout.Result} {stderr.Result}");
            var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + format);
            Assert.True(File.Exists(output), $"soffice wrote no {format}: {stdout.Result} {stderr.Result}");
            return output;
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
    }
}
