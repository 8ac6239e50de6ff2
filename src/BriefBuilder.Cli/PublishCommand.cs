using System.CommandLine;
using System.Globalization;
using System.Text;
using BriefBuilder.Cli.Building;
using BriefBuilder.Model;
using BriefBuilder.Pipeline;
using BriefBuilder.Source;
using BriefBuilder.Template;

namespace BriefBuilder.Cli;

/// <summary>
/// <c>brief publish PATH… | --all [--again]</c>: what an editor runs when a brief is final. The build's
/// gates (numbering, lint) and the build itself run first; then each brief's PDF and DOCX go to
/// dist/YEAR/ under the names of series.yaml, the year's catalogue 目录 is rendered, SHA256SUMS
/// is rewritten, and content/published.yaml records what went out. A file whose bytes are already
/// there is left alone, so publishing the same input twice changes no byte.
/// </summary>
public static class PublishCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Brief files or folders to publish", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Publish every brief of content/" };
        var again = new Option<bool>("--again") { Description = "Publish a brief again whose PDF differs from the one on record" };
        var command = new Command("publish", "Build briefs and hand them on: dist/YEAR/ gets each brief's PDF and DOCX under its published name, "
            + "the year's catalogue 目录 (PDF, DOCX) and SHA256SUMS; content/published.yaml records each PDF's SHA-256.");
        command.Arguments.Add(paths);
        command.Options.Add(all);
        command.Options.Add(again);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var given = parse.GetValue(paths) ?? [];
            // Publishing hands briefs on for good: every brief of the archive only when asked for by name.
            if (given.Length == 0 && !parse.GetValue(all))
            {
                stderr.WriteLine("brief publish: name the briefs to publish (brief publish content/2024/021.md), or give --all to publish every brief of content/");
                return ExitCodes.Usage;
            }
            string[] inputs = given.Length > 0 ? given : ["content"];
            try
            {
                // out/ and dist/ sit beside the content folder, wherever publish is run from.
                var content = ContentFolder.Containing(inputs[0]);
                using var held = PublishLock.Take(content.DistFolder, stderr);
                var options = new BuildOptions(content.OutFolder, OutputFormats.Select("all"));
                var pipeline = new BriefPipeline();
                int built = GatedBuild.Run(pipeline, inputs, options, stdout, stderr);
                if (built != ExitCodes.Ok) return built;
                return Publish(pipeline, inputs, content, options, parse.GetValue(again), stdout, stderr);
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
    /// Checks every brief against the record, renders every file in memory, then writes: each
    /// year's folder of dist/ whole (<see cref="YearFolder"/>), and the record last, so that the
    /// record never names a PDF that is not there. A failure says what was already changed.
    /// </summary>
    static int Publish(BriefPipeline pipeline, IReadOnlyList<string> inputs, ContentFolder content, BuildOptions options, bool again, TextWriter stdout, TextWriter stderr)
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
            var pdf = Read(content.OutputPath(brief, outDir, ".pdf"));
            var name = names.BriefName(content.Series.Name, content.Series.Edition, front.Date.Year, front.Issue, front.Total);
            var entry = new PublishedBrief(front.Date.Year, front.Issue, front.Total, front.Date, front.TitleLines, front.Recipients, name + ".pdf", YearFolder.Sha256(pdf));
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
        foreach (var (entry, _) in publishing) record[entry.Total] = entry;

        // Every file of every year, in memory, before the first is written.
        // The template and fonts the build just used, as the pipeline kept them.
        var run = pipeline.Run(options.Formats, options.CacheFolder);
        var years = new SortedDictionary<int, Dictionary<string, byte[]>>();
        foreach (var (entry, brief) in publishing)
        {
            var files = years.TryGetValue(entry.Year, out var f) ? f : years[entry.Year] = new(StringComparer.Ordinal);
            foreach (var extension in new[] { ".pdf", ".docx" })
                files[Path.ChangeExtension(entry.Pdf, extension)] = Read(content.OutputPath(brief, outDir, extension));
        }
        foreach (var (year, files) in years)
        {
            var entries = record.Values.Where(b => b.Year == year).Select(b => new CatalogueEntry(b.Issue, b.Total, b.Date, b.TitleLines, b.Recipients)).ToList();
            var name = names.CatalogueName(content.Series.Name, content.Series.Edition, year);
            foreach (var (format, bytes) in pipeline.Catalogue(year, entries, content, run))
                files[name + format.Extension] = bytes;
        }

        var done = new List<string>();
        try
        {
            foreach (var (year, files) in years)
            {
                var folder = Path.Combine(content.DistFolder, year.ToString(CultureInfo.InvariantCulture));
                foreach (var changed in YearFolder.Update(folder, files)) stdout.WriteLine($"  → {ContentFolder.Relative(Path.Combine(folder, changed))}");
                done.Add(ContentFolder.Relative(folder));
            }
            var recordBytes = Encoding.UTF8.GetBytes(PublishedRecord.Write(record.Values));
            if (!File.Exists(recordPath) || !File.ReadAllBytes(recordPath).AsSpan().SequenceEqual(recordBytes))
            {
                UserFile.Write(recordPath, recordBytes);
                stdout.WriteLine($"  → {ContentFolder.Relative(recordPath)}");
            }
        }
        catch (SourceError e)
        {
            stderr.WriteLine($"{e.Location}: error: {e.Message}");
            stderr.WriteLine(done.Count == 0
                ? $"brief publish: nothing was changed; {PublishedRecord.FileName} is as it was"
                : $"brief publish: stopped after updating {string.Join(", ", done)}; {PublishedRecord.FileName} is as it was, so publish again once this is fixed");
            return ExitCodes.BadInput;
        }
        stdout.WriteLine($"published {publishing.Count} into {ContentFolder.Relative(content.DistFolder)}");
        return ExitCodes.Ok;
    }

    /// <summary>An output of this run's build; one that cannot be read is said with its name.</summary>
    static byte[] Read(string path)
    {
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new SourceError(ContentFolder.Relative(path), 0, $"cannot read the built file: {e.Message}"); }
    }

    /// <summary>What differs between the record and this publication, in words; empty when nothing does.</summary>
    static string Changes(PublishedBrief old, PublishedBrief now)
    {
        var changes = new List<string>();
        if (!old.TitleLines.SequenceEqual(now.TitleLines)) changes.Add($"title “{old.Title}” → “{now.Title}”");
        if (old.Date != now.Date) changes.Add($"date {old.Date:yyyy-MM-dd} → {now.Date:yyyy-MM-dd}");
        if (old.Issue != now.Issue) changes.Add($"第{old.Issue}期 → 第{now.Issue}期");
        if (!old.Recipients.SequenceEqual(now.Recipients)) changes.Add($"recipients {string.Join("、", old.Recipients)} → {string.Join("、", now.Recipients)}");
        if (old.Pdf != now.Pdf) changes.Add($"file name {old.Pdf} → {now.Pdf}");
        if (old.Sha256 != now.Sha256) changes.Add($"PDF {old.Sha256[..12]}… → {now.Sha256[..12]}…");
        return string.Join("; ", changes);
    }
}
