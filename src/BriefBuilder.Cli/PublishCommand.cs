using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using BriefBuilder.Cli.Building;
using BriefBuilder.Model;
using BriefBuilder.Pipeline;
using BriefBuilder.Source;
using BriefBuilder.Template;

namespace BriefBuilder.Cli;

/// <summary>
/// <c>brief publish [PATH…] [--again]</c>: what an editor runs when a brief is final. The build's
/// gates (numbering, lint) and the build itself run first; then each brief's PDF and DOCX go to
/// dist/YEAR/ under the names of series.yaml, the year's catalogue 目录 is rendered, SHA256SUMS
/// is rewritten, and content/published.yaml records what went out. A file whose bytes are already
/// there is left alone, so publishing the same input twice changes no byte.
/// </summary>
public static class PublishCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Brief files or folders (default: content/)", Arity = ArgumentArity.ZeroOrMore };
        var again = new Option<bool>("--again") { Description = "Publish a brief again whose PDF differs from the one on record" };
        var command = new Command("publish", "Build briefs and hand them on: dist/YEAR/ gets each brief's PDF and DOCX under its published name, "
            + "the year's catalogue 目录 (PDF, DOCX) and SHA256SUMS; content/published.yaml records each PDF's SHA-256.");
        command.Arguments.Add(paths);
        command.Options.Add(again);
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : ["content"];
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                // out/ and dist/ sit beside the content folder, wherever publish is run from.
                var content = ContentFolder.Containing(inputs[0]);
                var project = Path.GetDirectoryName(content.Root)!;
                var options = new BuildOptions(Path.Combine(project, "out"), OutputFormats.Select("all"));
                var pipeline = new BriefPipeline();
                int built = GatedBuild.Run(pipeline, inputs, options, stdout, stderr);
                if (built != ExitCodes.Ok) return built;
                return Publish(pipeline, inputs, content, options, Path.Combine(project, "dist"), parse.GetValue(again), stdout, stderr);
            }
            catch (SourceError e)
            {
                stderr.WriteLine($"{e.Location}: error: {e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    static int Publish(BriefPipeline pipeline, IReadOnlyList<string> inputs, ContentFolder content, BuildOptions options, string dist, bool again, TextWriter stdout, TextWriter stderr)
    {
        var outDir = options.OutDir;
        var briefs = LintGate.Briefs(inputs);
        var names = content.Series.Publish ?? throw new SourceError(content.Series.File, 0, "series.yaml has no 'publish:' names { brief, catalogue } for brief publish");
        var recordPath = Path.Combine(content.Root, PublishedRecord.FileName);
        var record = PublishedRecord.Read(ContentFolder.Relative(recordPath));

        // Check every brief against the record before anything is written.
        var publishing = new List<(PublishedBrief Entry, string Brief)>();
        var refused = false;
        foreach (var brief in briefs)
        {
            var front = BriefReader.Read(brief).Front;
            var pdf = File.ReadAllBytes(content.OutputPath(brief, outDir, ".pdf"));
            var name = names.BriefName(content.Series.Name, content.Series.Edition, front.Date.Year, front.Issue, front.Total);
            var entry = new PublishedBrief(front.Date.Year, front.Issue, front.Total, front.Date, front.Title, front.Recipients, name + ".pdf", Sha256(pdf));
            if (record.TryGetValue(front.Total, out var old) && Changes(old, entry) is { Length: > 0 } changes)
            {
                if (!again)
                {
                    stderr.WriteLine($"{ContentFolder.Relative(brief)}: error: 总第{front.Total}期 was published with other content ({changes}); publish it again with --again");
                    refused = true;
                    continue;
                }
                stdout.WriteLine($"{ContentFolder.Relative(brief)}: published again: {changes}");
            }
            publishing.Add((entry, brief));
        }
        if (refused) return ExitCodes.BadInput;

        foreach (var (entry, brief) in publishing)
        {
            var folder = Path.Combine(dist, entry.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var extension in new[] { ".pdf", ".docx" })
                Place(Path.Combine(folder, Path.ChangeExtension(entry.Pdf, extension)), File.ReadAllBytes(content.OutputPath(brief, outDir, extension)), stdout);
            record[entry.Total] = entry;
        }
        Place(recordPath, Encoding.UTF8.GetBytes(PublishedRecord.Write(record.Values)), stdout);

        // The template and fonts the build just used, as the pipeline kept them.
        var run = pipeline.Run(options.Formats, options.CacheFolder);
        foreach (var year in publishing.Select(p => p.Entry.Year).Distinct().Order())
        {
            var folder = Path.Combine(dist, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var entries = record.Values.Where(b => b.Year == year).Select(b => new CatalogueEntry(b.Issue, b.Total, b.Date, b.Title, b.Recipients)).ToList();
            var name = names.CatalogueName(content.Series.Name, content.Series.Edition, year);
            foreach (var (format, bytes) in pipeline.Catalogue(year, entries, content, run))
                Place(Path.Combine(folder, name + format.Extension), bytes, stdout);
            Place(Path.Combine(folder, "SHA256SUMS"), Encoding.UTF8.GetBytes(Sums(folder)), stdout);
        }
        stdout.WriteLine($"published {publishing.Count} into {ContentFolder.Relative(dist)}");
        return ExitCodes.Ok;
    }

    /// <summary>Writes <paramref name="path"/> unless it already holds exactly these bytes (so a re-run touches nothing).</summary>
    static void Place(string path, byte[] bytes, TextWriter stdout)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        AtomicFile.Write(path, s => s.Write(bytes));
        stdout.WriteLine($"  → {ContentFolder.Relative(path)}");
    }

    /// <summary>sha256sum's format (hash, two spaces, name) for every file of the folder, by name.</summary>
    static string Sums(string folder) => string.Concat(Directory.EnumerateFiles(folder)
        .Select(Path.GetFileName).Where(n => n != "SHA256SUMS" && !n!.StartsWith('.')).Order(StringComparer.Ordinal)
        .Select(n => $"{Sha256(File.ReadAllBytes(Path.Combine(folder, n!)))}  {n}\n"));

    /// <summary>What differs between the record and this publication, in words; empty when nothing does.</summary>
    static string Changes(PublishedBrief old, PublishedBrief now)
    {
        var changes = new List<string>();
        if (old.Title != now.Title) changes.Add($"title “{old.Title}” → “{now.Title}”");
        if (old.Date != now.Date) changes.Add($"date {old.Date:yyyy-MM-dd} → {now.Date:yyyy-MM-dd}");
        if (old.Issue != now.Issue) changes.Add($"第{old.Issue}期 → 第{now.Issue}期");
        if (!old.Recipients.SequenceEqual(now.Recipients)) changes.Add($"recipients {string.Join("、", old.Recipients)} → {string.Join("、", now.Recipients)}");
        if (old.Pdf != now.Pdf) changes.Add($"file name {old.Pdf} → {now.Pdf}");
        if (old.Sha256 != now.Sha256) changes.Add($"PDF {old.Sha256[..12]}… → {now.Sha256[..12]}…");
        return string.Join("; ", changes);
    }

    static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
