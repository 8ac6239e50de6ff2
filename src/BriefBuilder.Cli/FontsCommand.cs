using System.CommandLine;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli;

/// <summary>
/// <c>brief fonts [--content FOLDER] [--text T | --check BRIEF]</c>: which installed font serves
/// each font role of the series' template, and which face draws each character of a text.
/// Output is plain aligned text, one fact a line, so that <c>grep</c> finds a role or a character.
/// </summary>
public static class FontsCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The content folder holding series.yaml (--check uses the brief's own)", DefaultValueFactory = _ => "content" };
        var text = new Option<string>("--text") { Description = "Report which face draws each character of this text, in every role" };
        var check = new Option<string>("--check") { Description = "Report which face draws each character of this brief, in the roles the brief sets it in" };

        var command = new Command("fonts",
            "Say which font file sets each font role, which fonts listed before it are not installed and how to install one, "
            + "which are damaged (never used), then every family tried, in order, with the file and face that serve it, "
            + "'missing', or 'damaged:' with the file and why. A role no installed font can set exits 1. "
            + "With --text or --check, list the face drawing each character; a character no font has exits 1.");
        command.Options.Add(content);
        command.Options.Add(text);
        command.Options.Add(check);
        command.Validators.Add(result =>
        {
            if (result.GetValue(text) is not null && result.GetValue(check) is not null)
                result.AddError("--text and --check cannot be used together");
        });
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            // A checked brief uses the series it belongs to, as its build would.
            var root = parse.GetValue(check) ?? parse.GetValue(content)!;
            if (!Directory.Exists(root) && !File.Exists(root))
            {
                stderr.WriteLine($"brief fonts: {FilePaths.Display(root)}: no such file or folder");
                return ExitCodes.Usage;
            }
            try
            {
                var pipeline = new BriefPipeline();
                var run = pipeline.Run([], cache: null);
                var folder = ContentFolder.Containing(root);
                var style = run.Template(folder).Folder.Style;
                var fonts = pipeline.Fonts.Set(style, pipeline.Fonts.Default(folder.FontFolder));
                if (parse.GetValue(text) is { } t)
                    return Coverage(fonts, fonts.Roles.Order(StringComparer.Ordinal).Select(r => (r, t)), stdout, stderr);
                if (parse.GetValue(check) is { } brief)
                    return Coverage(fonts, pipeline.RoleTexts(brief, run), stdout, stderr);
                return List(fonts, stdout, stderr);
            }
            catch (SourceError e)
            {
                stderr.WriteLine($"{e.Location}: error: {e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    /// <summary>
    /// First what sets each role and from which file, then what is missing and how to install it
    /// on this platform, then every family tried. Exit 1 when a role has no font at all (a build
    /// would stop at its first character).
    /// </summary>
    static int List(FontSet fonts, TextWriter stdout, TextWriter stderr)
    {
        var sources = FontReport.Sources(fonts);
        stdout.Write(Table.Format(sources.Select(s => s switch
        {
            { Own: { } own } => [s.Role, own.Family, FileOf(own)],
            { Fallback: { } fallback } => [s.Role, $"{fallback.Family} (fallback)", $"{FileOf(fallback)}: none of the role's own fonts is installed"],
            _ => new[] { s.Role, "nothing", "no installed font has this role's characters: the build stops at the first" },
        }), ["ROLE", "SET IN", "FILE"]));

        var missing = sources.Where(s => s.MissingBefore.Count > 0).ToList();
        if (missing.Count > 0)
        {
            stdout.Write("\nNot installed, listed before the font in use (each prints in its place once installed):\n");
            stdout.Write(Table.Format(missing.Select(s => new[] { s.Role, string.Join(", ", s.MissingBefore) }), ["ROLE", "FAMILIES"]));
            stdout.Write($"{InstallHint}\n");
        }

        var damaged = sources.SelectMany(s => s.DamagedBefore.Select(l => new[] { s.Role, l.Damage! })).ToList();
        if (damaged.Count > 0)
        {
            stdout.Write("\nDamaged, never used (install a sound copy in its place):\n");
            stdout.Write(Table.Format(damaged, ["ROLE", "FILE"]));
        }

        stdout.Write("\nEvery family tried, in order:\n");
        stdout.Write(Table.Format(FontReport.Rows(fonts).Select(r => new[]
        {
            r.Role, r.Family, From(r.Mark, r.IsFallback), r.Path is { } path ? FilePaths.Display(path) : r.Damage is { } damage ? $"damaged: {damage}" : "missing", r.FaceIndex?.ToString() ?? "-",
        }), ["ROLE", "FAMILY", "FROM", "FILE", "FACE"]));

        var gaps = sources.Where(s => s.IsGap).Select(s => s.Role).ToList();
        if (gaps.Count == 0) return ExitCodes.Ok;
        stderr.WriteLine($"brief fonts: no installed font can set {string.Join(", ", gaps)}: install one of the families listed for "
            + $"{(gaps.Count == 1 ? "it" : "them")}, such as the open fonts in the fonts folder of the BriefBuilder release. {InstallHint}");
        return ExitCodes.BadInput;
    }

    static string FileOf(ChainLink link) =>
        FilePaths.Display(link.File!.Path) + (link.File.Index > 0 ? $", face {link.File.Index}" : "");

    /// <summary>How a font is installed where the program runs; the project's fonts/ folder serves on every platform.</summary>
    static string InstallHint => FontFolders.Current switch
    {
        FontPlatform.Windows => "To install a font on Windows: right-click its .ttf or .otf file and choose Install (for you) or Install for all users; "
            + "or copy it into the fonts folder beside templates. Then run brief fonts again.",
        FontPlatform.MacOS => "To install a font on macOS: double-click its .ttf or .otf file and choose Install in Font Book; "
            + "or copy it into the fonts folder beside templates. Then run brief fonts again.",
        _ => "To install a font on Linux: copy its .ttf or .otf file into ~/.local/share/fonts, or into the fonts folder beside templates. "
            + "Then run brief fonts again.",
    };

    /// <summary>Where a family stands in its role's chain: a mark face (for that mark only), the role's own, or a fallback.</summary>
    static string From(int? mark, bool isFallback) => mark is { } m ? $"mark {(char)m}" : isFallback ? "fallback" : "role";

    static string From(ChainLink link) => From(link.Mark, link.IsFallback);

    /// <summary>One line per role and face: the characters it draws; "missing" for those no face has.</summary>
    static int Coverage(FontSet fonts, IEnumerable<(string Role, string Text)> texts, TextWriter stdout, TextWriter stderr)
    {
        var rows = new List<string[]>();
        var missing = new List<(int CodePoint, string Role)>();
        foreach (var (role, text) in texts)
        {
            foreach (var group in FontReport.Coverage(fonts, role, text).GroupBy(s => s.Face))
            {
                var chars = group.ToList();
                if (group.Key is null)
                {
                    var points = string.Join(' ', chars.Select(c => $"U+{c.CodePoint:X4}"));
                    rows.Add([role, "missing", "-", chars.Count.ToString(), points]);
                    missing.AddRange(chars.Select(c => (c.CodePoint, role)));
                    continue;
                }
                var link = fonts.Chain(role).First(l => l.Face == group.Key && chars.All(c => l.Serves(c.CodePoint)) || l.Face == group.Key && l.Mark is null);
                rows.Add([role, group.Key.ToString(), From(link), chars.Count.ToString(), string.Concat(chars.Select(c => c.Character))]);
            }
        }
        stdout.Write(Table.Format(rows, ["ROLE", "FACE", "FROM", "COUNT", "CHARACTERS"]));
        if (missing.Count == 0) return ExitCodes.Ok;
        var named = missing.GroupBy(m => m.CodePoint).Select(g => $"U+{g.Key:X4} ({string.Join(", ", g.Select(m => m.Role))})");
        stderr.WriteLine($"brief fonts: no installed font has {string.Join("; ", named)}: the build would fail on it");
        return ExitCodes.BadInput;
    }
}
