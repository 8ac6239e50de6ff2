// The table `make mutation` prints: reads each project's Stryker report (mutation-report.json)
// and tests/mutation/equivalent.txt, leaves the mutants listed there out of the score, and prints
// them, the mutants still alive, and any listed mutant that no longer survives at its place.
// It also names each file whose code differs from the code its mutants were tested on.
// Usage: dotnet run scripts/mutation-report.cs -- REPORTS_DIR EQUIVALENT_FILE PROJECT…
//        dotnet run scripts/mutation-report.cs -- --merge PROJECT_DIR PROJECT FILE…
//          puts the results of PROJECT_DIR/partial (a run that re-tested FILE…) into the
//          project's whole report, in place of those files' older results.
using System.Text.Json;
using System.Text.Json.Nodes;

if (args[0] == "--merge") return Merge(args[1], args[2], args[3..]);

var (reports, equivalentFile, projects) = (args[0], args[1], args[2..]);
List<Equivalent> equivalents;
try
{
    equivalents = Equivalent.Read(equivalentFile);
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
var rows = new List<string[]> { new[] { "project", "tested", "killed", "survived", "no coverage", "equivalent", "score" } };
var alive = new List<string>();
var used = new HashSet<Equivalent>();
var missing = new List<string>();
var uncompiled = new List<string>();
var changed = new List<string>();

foreach (var project in projects)
{
    var path = Path.Join(reports, project, "reports", "mutation-report.json");
    if (!File.Exists(path))
    {
        missing.Add($"{project}: no report at {path}; run make mutation PROJECTS={project}");
        continue;
    }
    using var json = JsonDocument.Parse(File.ReadAllBytes(path));
    var srcRoot = $"src/BriefBuilder.{project}/";
    int killed = 0, survived = 0, noCoverage = 0, equivalent = 0, compileErrors = 0;
    foreach (var file in json.RootElement.GetProperty("files").EnumerateObject())
    {
        var relative = Relative(file.Name, project);
        var testedSource = file.Value.GetProperty("source").GetString()!;
        var current = Path.Join(srcRoot, relative);
        if (!File.Exists(current) || File.ReadAllText(current) != testedSource)
            changed.Add($"  {project} {relative}: re-test it with scripts/mutation --files \"{relative}\" {project}");
        var source = testedSource.Split('\n');
        foreach (var m in file.Value.GetProperty("mutants").EnumerateArray())
        {
            var status = m.GetProperty("status").GetString();
            var start = m.GetProperty("location").GetProperty("start");
            var (line, column) = (start.GetProperty("line").GetInt32(), start.GetProperty("column").GetInt32());
            var mutator = m.GetProperty("mutatorName").GetString()!;
            switch (status)
            {
                case "Killed" or "Timeout":
                    killed++;
                    continue;
                case "Survived" or "NoCoverage":
                    break;
                case "CompileError":
                    compileErrors++;
                    continue; // not in Stryker's score either, but a method whose mutants cannot compile is not tested at all
                default:
                    continue; // Ignored
            }
            var key = new Equivalent(project, relative, line, column, mutator, "");
            if (equivalents.FirstOrDefault(e => e with { Why = "" } == key) is { } listed)
            {
                equivalent++;
                used.Add(listed);
                continue;
            }
            if (status == "Survived") survived++; else noCoverage++;
            var code = line - 1 < source.Length ? source[line - 1].Trim() : "";
            alive.Add($"  {project} {relative}:{line}:{column} {(status == "Survived" ? "survived" : "no coverage")}: {mutator} → {Short(m.GetProperty("replacement").GetString())}\n      in: {Short(code)}");
        }
    }
    if (compileErrors > 0) uncompiled.Add($"  {project}: {compileErrors} mutants did not compile (see {project}/stryker.log), so nothing measures their code");
    var tested = killed + survived + noCoverage;
    rows.Add([project, $"{tested}", $"{killed}", $"{survived}", $"{noCoverage}", $"{equivalent}",
        tested == 0 ? "-" : $"{100.0 * killed / tested:0.0} %"]);
}

var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
foreach (var row in rows)
    Console.WriteLine(string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());

var shown = equivalents.Where(e => projects.Contains(e.Project)).ToList();
if (shown.Count > 0)
{
    Console.WriteLine($"\nLeft out of the score as equivalent ({equivalentFile}):");
    foreach (var e in shown)
        Console.WriteLine($"  {e.Project} {e.File}:{e.Line}:{e.Column} {e.Mutator}{(used.Contains(e) ? "" : "  [no surviving mutant there now: update or drop the entry]")}\n      {e.Why}");
}
if (uncompiled.Count > 0)
{
    Console.WriteLine("\nLeft out of the score because Stryker could not compile them:");
    uncompiled.ForEach(Console.WriteLine);
}
if (changed.Count > 0)
{
    Console.WriteLine("\nCode changed since its mutants were tested (the table counts the old code):");
    changed.ForEach(Console.WriteLine);
}
if (alive.Count > 0)
{
    Console.WriteLine("\nMutants alive (no test fails when the code is changed so):");
    alive.ForEach(Console.WriteLine);
}
missing.ForEach(Console.Error.WriteLine);
return missing.Count > 0 ? 1 : 0;

/// <summary>A report's file path (the tree Stryker ran in) relative to src/BriefBuilder.PROJECT/.</summary>
static string Relative(string reported, string project)
{
    var path = reported.Replace('\\', '/');
    var srcRoot = $"src/BriefBuilder.{project}/";
    var at = path.IndexOf(srcRoot, StringComparison.Ordinal);
    return at >= 0 ? path[(at + srcRoot.Length)..] : path;
}

/// <summary>
/// Puts a partial run's results for <paramref name="files"/> into the project's whole report, in
/// place of the older results for those files; the other files keep theirs, and the table names
/// any of them whose code has changed since.
/// </summary>
static int Merge(string projectDir, string project, string[] files)
{
    var wholePath = Path.Join(projectDir, "reports", "mutation-report.json");
    var partialPath = Path.Join(projectDir, "partial", "reports", "mutation-report.json");
    var whole = JsonNode.Parse(File.ReadAllText(wholePath))!;
    var partial = JsonNode.Parse(File.ReadAllText(partialPath))!;
    var wholeFiles = whole["files"]!.AsObject();
    var retested = partial["files"]!.AsObject().ToDictionary(f => Relative(f.Key, project), f => f.Value!.DeepClone());
    foreach (var file in files)
    {
        if (!retested.TryGetValue(file, out var result))
        {
            Console.Error.WriteLine($"mutation: the run of {project} {file} reported no mutants for it; the whole report is unchanged");
            return 1;
        }
        var key = wholeFiles.Select(f => f.Key).FirstOrDefault(k => Relative(k, project) == file) ?? file;
        wholeFiles[key] = result;
    }
    var temp = wholePath + ".tmp";
    File.WriteAllText(temp, whole.ToJsonString());
    File.Move(temp, wholePath, overwrite: true);
    Console.WriteLine($"mutation: {string.Join(", ", files)}: their new results are in {wholePath}");
    return 0;
}

static string Short(string? text)
{
    var flat = string.Join(' ', (text ?? "").Split('\n', StringSplitOptions.TrimEntries));
    return flat.Length <= 100 ? flat : flat[..100] + "…";
}

/// <summary>One line of the equivalent list: "Project File.cs:line:column Mutator name — why".</summary>
sealed record Equivalent(string Project, string File, int Line, int Column, string Mutator, string Why)
{
    public static List<Equivalent> Read(string path) =>
        System.IO.File.ReadLines(path)
            .Select((text, i) => (text: text.Trim(), number: i + 1))
            .Where(l => l.text.Length > 0 && !l.text.StartsWith('#'))
            .Select(l => Parse(path, l.number, l.text))
            .ToList();

    static Equivalent Parse(string path, int number, string text)
    {
        var dash = text.IndexOf(" — ", StringComparison.Ordinal);
        var head = (dash < 0 ? "" : text[..dash]).Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var place = head.Length == 3 ? head[1].Split(':') : [];
        if (place.Length != 3 || !int.TryParse(place[1], out var line) || !int.TryParse(place[2], out var column))
            throw new FormatException($"{path}:{number}: expected 'Project File.cs:line:column Mutator name — why', got '{text}'");
        return new Equivalent(head[0], place[0], line, column, head[2], text[(dash + 3)..]);
    }
}
