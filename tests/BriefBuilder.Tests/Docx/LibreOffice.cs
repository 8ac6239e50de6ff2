using System.Diagnostics;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// Runs <c>soffice --headless --convert-to</c> with a private profile so parallel runs do not collide.
/// Several inputs go in one call: starting LibreOffice is most of the time a conversion takes.
/// LibreOffice sees the house fonts through this checkout's fontconfig aliases
/// (<see cref="FontConfig"/>), as a Linux user who ran scripts/setup does.
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
            foreach (var (key, value) in FontEnvironment) start.Environment[key] = value;
            foreach (var arg in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", format, "--outdir", outDir }.Concat(inputs))
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not convert {string.Join(", ", inputs)} within three minutes");
            }
            Assert.True(process.ExitCode == 0, $"soffice exited {process.ExitCode}: {stdout.Result} {stderr.Result}");
            var extension = format.Split(':')[0];
            var outputs = inputs.Select(input => Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + extension)).ToArray();
            foreach (var output in outputs)
                Assert.True(File.Exists(output), $"soffice wrote no {output}: {stdout.Result} {stderr.Result}");
            return outputs;
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>
    /// The environment fontconfig programs (soffice, fc-match) run in for the tests: this
    /// checkout's <see cref="FontConfig"/>, and a configuration home of its own, so that the aliases
    /// setup installed for the user (from whichever checkout ran it last) cannot answer first.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FontEnvironment => new Dictionary<string, string>
    {
        ["FONTCONFIG_FILE"] = FontConfig.Value,
        ["XDG_CONFIG_HOME"] = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"briefbuilder-config-{Environment.ProcessId}")).FullName,
    };

    /// <summary>
    /// A FONTCONFIG_FILE of the system's configuration plus a copy of
    /// scripts/fontconfig/house-fonts.conf in a folder of its own, as setup installs it for the
    /// user: the aliases work wherever the file lies, with Fandol found in the user's font folder.
    /// </summary>
    public static readonly Lazy<string> FontConfig = new(() =>
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"briefbuilder-fonts-{Environment.ProcessId}")).FullName;
        var aliases = Path.Combine(folder, "60-briefbuilder-house-fonts.conf");
        File.Copy(Repo.Path("scripts", "fontconfig", "house-fonts.conf"), aliases, overwrite: true);
        var path = Path.Combine(folder, "fonts.conf");
        File.WriteAllText(path, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <include ignore_missing="no">/etc/fonts/fonts.conf</include>
              <include ignore_missing="no">{aliases}</include>
            </fontconfig>
            """);
        return path;
    });
}
