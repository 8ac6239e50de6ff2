using BriefBuilder.Fuzz;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer is seeded with (fuzz/seeds) and every crash or hang it found
/// (fuzz/regressions/TARGET/, each named for what it showed) runs through its target as AFL++
/// ran it: it must end as bad input ends for the user, or pass the target's properties.
/// </summary>
public class FuzzRegressionTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in Targets.All.Keys)
        {
            var regressions = Repo.Path("fuzz", "regressions", target);
            var found = Directory.Exists(regressions) ? Directory.EnumerateFiles(regressions).Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
            foreach (var file in Seeds.Of(Repo.Root, target).Concat(found))
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
        Assert.All(Targets.All.Keys, t => Assert.NotEmpty(Seeds.Of(Repo.Root, t)));

    [Fact]
    public void No_seed_comes_from_the_editors_archive() =>
        Assert.All(Targets.All.Keys, t => Assert.All(Seeds.Of(Repo.Root, t),
            file => Assert.False(Path.GetRelativePath(Repo.Root, file).StartsWith("content"), $"{t}: {file}")));
}
