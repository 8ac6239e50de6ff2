using System.Diagnostics;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// Runs <c>soffice --headless --convert-to</c> with a private profile so parallel runs do not collide.
/// Several inputs go in one call: starting LibreOffice is most of the time a conversion takes.
/// </summary>
internal static class LibreOffice
{
    /// <returns>The converted files, in the order of <paramref name="inputs"/>.</returns>
    public static string[] Convert(string format, string outDir, params string[] inputs)
    {
        var profile = Path.Combine(Path.GetTempPath(), "briefbuilder-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", format, "--outdir", outDir }.Concat(inputs))
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not convert {string.Join(", ", inputs)} within two minutes");
            }
            Assert.True(process.ExitCode == 0, $"soffice exited {process.ExitCode}: {stdout.Result} {stderr.Result}");
            var outputs = inputs.Select(input => Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + format)).ToArray();
            foreach (var output in outputs)
                Assert.True(File.Exists(output), $"soffice wrote no {output}: {stdout.Result} {stderr.Result}");
            return outputs;
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
    }
}
