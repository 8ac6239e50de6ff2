namespace BriefBuilder.Lint;

/// <summary>
/// Where a count of headings or points goes on after a wrong number, so that the finding names
/// the item that is wrong and only that one. In 一、二、二、四、 the second 二、 is wrong (it
/// should be 三、) and 四、 is right; in 一、二、四、五、 四、 is wrong (三、 is missing) and 五、 is right.
/// </summary>
internal static class Sequence
{
    /// <summary>
    /// The value to count on from after <paramref name="value"/> stood where <paramref name="expected"/>
    /// was due: the expected one when the next item follows it (this one was mistyped), else its own.
    /// </summary>
    public static int Continue(int value, int expected, int? next) =>
        value != expected && next == expected + 1 ? expected : value;
}
