namespace BriefBuilder.Model;

/// <summary>
/// Paths as every platform shows and orders them alike. Windows writes <c>content\2024\009.md</c>
/// where Linux and macOS write <c>content/2024/009.md</c>; a message, a JSON report or an order
/// of files that took the platform's form would differ from machine to machine.
/// </summary>
public static class FilePaths
{
    /// <summary>
    /// The path as messages and reports print it: with <c>/</c> between folders on every platform
    /// (Windows takes <c>C:/briefs/content/2024/009.md</c> as readily as its own form). Only where
    /// <c>\</c> separates folders is it turned: on Linux it is a character a file name may hold.
    /// </summary>
    public static string Display(string path) =>
        Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    /// <summary>
    /// Paths ordered folder by folder, each name compared ordinally, never the separator as a
    /// character: otherwise <c>liberation/</c> sorts before <c>liberation2/</c> with <c>/</c> (0x2F
    /// is below '2') and after it with <c>\</c> (0x5C), and Windows picked another font file.
    /// A folder's own files come before those of a folder whose name merely starts the same.
    /// Both separators part names on every platform, so the order is one rule everywhere (a Linux
    /// file name holding a <c>\</c> is still ordered, only by its parts).
    /// </summary>
    public static IComparer<string> Order { get; } = Comparer<string>.Create(Compare);

    static int Compare(string? a, string? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : -1) : 1;
        var x = Names(a);
        var y = Names(b);
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
            if (string.CompareOrdinal(x[i], y[i]) is var c and not 0) return c;
        return x.Length.CompareTo(y.Length);
    }

    static string[] Names(string path) => path.Split(['/', '\\']);
}
