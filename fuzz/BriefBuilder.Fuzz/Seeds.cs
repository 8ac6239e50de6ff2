namespace BriefBuilder.Fuzz;

/// <summary>
/// Each target's seed corpus, as fuzz/seeds names it (TARGET FOLDER SUFFIX lines): the regression
/// tests run every seed through its target, as fuzz/run hands them to AFL++.
/// </summary>
public static class Seeds
{
    public static IEnumerable<string> Of(string root, string target) =>
        File.ReadLines(Path.Combine(root, "fuzz", "seeds"))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 3 && !fields[0].StartsWith('#') && fields[0] == target)
            .SelectMany(fields => Directory.EnumerateFiles(Path.Combine(root, fields[1]), "*", SearchOption.AllDirectories)
                .Where(file => file.EndsWith(fields[2], StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));
}
