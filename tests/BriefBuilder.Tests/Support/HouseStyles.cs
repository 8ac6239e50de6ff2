using BriefBuilder.Model;
using BriefBuilder.Template;

namespace BriefBuilder.Tests.Support;

/// <summary>The house styles as the build loads them, so tests see every edit of style.yaml.</summary>
public static class HouseStyles
{
    public static HouseStyle Zhuanbao { get; } = StyleReader.Read(Repo.Path("templates", "zhuanbao", "style.yaml"));
}
