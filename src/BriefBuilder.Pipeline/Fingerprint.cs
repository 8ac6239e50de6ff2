using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Source;

namespace BriefBuilder.Pipeline;

/// <summary>
/// Fingerprints (<see cref="ContentHash"/>) of what an output is made from: the brief, series.yaml, the template's
/// files, the fonts and the program. An output recorded with the same fingerprint is up to date.
/// </summary>
public static class Fingerprint
{
    /// <summary>One fingerprint of labelled parts; the labels keep "ab"+"c" apart from "a"+"bc".</summary>
    public static string Of(params (string Label, string Value)[] parts)
    {
        var text = new StringBuilder();
        foreach (var (label, value) in parts) text.Append(label).Append('=').Append(value).Append('\n');
        return ContentHash.Hex(text.ToString());
    }

    public static string File(string path) => ContentHash.Hex(SourceText.ReadBytes(path));

    /// <summary>
    /// The pictures a brief's figures show, each by its bytes, as parts of an output's fingerprint:
    /// a picture changed or put in place rebuilds the brief. One that is missing counts as missing
    /// (the build then says so). None for a brief without figures, whose fingerprint stays as it was.
    /// </summary>
    public static (string Label, string Value)[] Figures(string brief) =>
        BriefReader.FigureFiles(brief).Select(f => ($"figure {f}", System.IO.File.Exists(f) ? File(f) : "missing")).ToArray();

    /// <summary>
    /// Every file of a template folder, taken before the template is loaded so that an edit made
    /// during the build leaves a fingerprint that no longer matches. Hidden files and editor
    /// backups (~) are left out: saving a template in an editor must not rebuild the archive twice.
    /// </summary>
    public static string Folder(string folder) =>
        Of(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith('~'))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(folder, f), File(f)))
            .ToArray());

    /// <summary>
    /// Every font file the PDF could be drawn from, by path, size and time (<see cref="FontIndex.Stamp"/>):
    /// a font added to any searched folder may change which file serves a role, and hashing 100 MB
    /// of fonts per run would cost more than the build.
    /// </summary>
    public static string Fonts(FontIndex fonts) => Of(("fonts", fonts.Stamp));

    /// <summary>
    /// The program. Run as the native program (./brief), it is one executable file, taken by
    /// path, size and time: the launcher writes a new one exactly when the code changed, and
    /// hashing 40 MB per run would cost more than the build. Run on the .NET runtime (the tests),
    /// it is the module version id of every assembly beside it: builds are deterministic, so the
    /// id changes exactly when an assembly's code does.
    /// </summary>
    public static string Program => program.Value;

    static readonly Lazy<string> program = new(() =>
    {
        var assemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Order(StringComparer.Ordinal)
            .Select(dll => (Path.GetFileName(dll), ModuleVersionId(dll)));
        var executable = new FileInfo(Environment.ProcessPath ?? "");
        var itself = executable.Exists ? $"{executable.FullName} {executable.Length} {executable.LastWriteTimeUtc.Ticks}" : "";
        return Of([("executable", itself), .. assemblies]);
    });

    static string ModuleVersionId(string dll)
    {
        using var pe = new PEReader(System.IO.File.OpenRead(dll));
        if (!pe.HasMetadata) return File(dll);
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid).ToString();
    }
}
