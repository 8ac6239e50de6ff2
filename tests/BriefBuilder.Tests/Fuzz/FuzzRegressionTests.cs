using BriefBuilder.Fuzz;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer was seeded with (fuzz/corpus/TARGET/) and every crash or hang it found
/// (fuzz/regressions/TARGET/, each named for what it showed) runs through its target as AFL++
/// ran it: it must end as bad input ends for the user, or pass the target's properties.
/// </summary>
public class FuzzRegressionTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "corpus", "regressions" })
            foreach (var target in Targets.All.Keys)
            {
                var dir = Repo.Path("fuzz", folder, target);
                if (!Directory.Exists(dir)) continue;
                foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
                    data.Add(target, Path.GetRelativePath(Repo.Root, file));
            }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_input_runs_through_its_target(string target, string file) =>
        Targets.All[target](File.ReadAllBytes(Repo.Path(file)));

    [Fact]
    public void Every_target_has_seeds() =>
        Assert.All(Targets.All.Keys, t => Assert.NotEmpty(Directory.EnumerateFiles(Repo.Path("fuzz", "corpus", t))));
}
