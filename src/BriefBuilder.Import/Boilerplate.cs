using System.Text.RegularExpressions;

namespace BriefBuilder.Import;

/// <summary>
/// Lines of a web page or newspaper scan that are not the article: navigation bars, source and
/// editor lines, page counters, calls to follow an account, section counters (01, 02). Each
/// kind is named in the import's summary, so nothing is dropped unseen.
/// </summary>
public static partial class Boilerplate
{
    [GeneratedRegex(@"^[0-9]{1,2}$")]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(来源|责编|责任编辑|编辑|作者|时间|发布时间|原标题|稿源)\s*[:：]|来源\s*[:：]")]
    private static partial Regex Credit();

    [GeneratedRegex(@"本篇文章共有|当前为第|欢迎关注|扫一扫|分享到|^今日推荐$|^热点排行$|^相关阅读$|^推荐阅读$|^上一篇|^下一篇|^返回顶部$|^打印本页$|^关闭窗口$")]
    private static partial Regex PageFurniture();

    // A menu: five or more words of two to four Chinese characters, parted by spaces, nothing else.
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,4}(?:[ \u3000]+[\u4E00-\u9FFF]{2,4}){4,}$")]
    private static partial Regex Navigation();

    /// <summary>Why <paramref name="line"/> (trimmed) is not article text, or null when it is.</summary>
    public static string? Kind(string line) =>
        Counter().IsMatch(line) ? "section counter"
        : Credit().IsMatch(line) ? "source or editor line"
        : PageFurniture().IsMatch(line) ? "page furniture"
        : Navigation().IsMatch(line) ? "navigation"
        : null;
}
