namespace BriefBuilder.Pdf.Fonts;

/// <summary>The operating systems whose font folders we know.</summary>
public enum FontPlatform { Linux, Windows, MacOS }

/// <summary>Where fonts are looked for, in order of preference.</summary>
public static class FontFolders
{
    /// <summary>Environment variable with extra font folders, separated like PATH.</summary>
    public const string EnvironmentVariable = "BRIEF_FONT_PATH";

    /// <summary>
    /// The project's own <c>fonts/</c> folder (a house's licensed faces, say), then the program's
    /// own (a release package carries its open fonts in <c>fonts/</c> beside the program, as
    /// ContentFolder finds the package's <c>templates/</c> there), then BRIEF_FONT_PATH, then
    /// the font folders of the platform the program runs on (on Linux the user's, where
    /// scripts/install-fonts puts Fandol). Folders that do not exist are skipped later.
    /// </summary>
    public static IReadOnlyList<string> Standard(string? projectFonts = null)
    {
        var folders = new List<string>();
        if ((projectFonts ?? ProjectFontsAbove(Environment.CurrentDirectory)) is { } project) folders.Add(project);
        // Only beside the program, never above it: ./brief and the tests' program live inside a
        // checkout, whose fonts/ serves only when it is the project being worked in.
        if (Path.Combine(AppContext.BaseDirectory, "fonts") is var shipped && Directory.Exists(shipped)) folders.Add(shipped);

        string? extra = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(extra))
            folders.AddRange(extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        folders.AddRange(System(Current, Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)));
        return folders.Distinct().ToList();
    }

    public static FontPlatform Current =>
        OperatingSystem.IsWindows() ? FontPlatform.Windows : OperatingSystem.IsMacOS() ? FontPlatform.MacOS : FontPlatform.Linux;

    /// <summary>
    /// The platform's own font folders, the machine's before the user's, as the platform installs
    /// fonts: only these, so a Windows program never reads a Unix path by accident (under wine's
    /// drive Z:, <c>\usr\share\fonts</c> was the Linux host's folder).
    /// </summary>
    /// <param name="environment">Reads an environment variable (WINDIR, LOCALAPPDATA, XDG_DATA_HOME).</param>
    /// <param name="home">The user's home folder, empty when unknown.</param>
    public static IReadOnlyList<string> System(FontPlatform platform, Func<string, string?> environment, string home)
    {
        var folders = new List<string>();
        switch (platform)
        {
            case FontPlatform.Windows:
                // "Install for all users" puts a font in the Windows folder's Fonts; "Install"
                // (Windows 10 1809 and later) in the user's own, which needs no administrator.
                // Joined with \ rather than Path.Combine, so the list is the same wherever it is worked out.
                folders.Add(WindowsPath(environment("WINDIR") is { Length: > 0 } windir ? windir : @"C:\Windows", "Fonts"));
                if (environment("LOCALAPPDATA") is { Length: > 0 } local) folders.Add(WindowsPath(local, @"Microsoft\Windows\Fonts"));
                break;
            case FontPlatform.MacOS:
                // Font Book installs for the user in ~/Library/Fonts, for all users in /Library/Fonts;
                // the Chinese faces it downloads on demand (Kaiti SC, Songti SC, …) land under AssetsV2.
                folders.AddRange(["/System/Library/Fonts", "/Library/Fonts", "/System/Library/AssetsV2"]);
                if (home.Length > 0) folders.Add(Path.Combine(home, "Library", "Fonts"));
                break;
            default:
                folders.AddRange(["/usr/share/fonts", "/usr/local/share/fonts"]);
                if (environment("XDG_DATA_HOME") is { Length: > 0 } data) folders.Add(Path.Combine(data, "fonts"));
                if (home.Length > 0) folders.AddRange([Path.Combine(home, ".local", "share", "fonts"), Path.Combine(home, ".fonts")]);
                break;
        }
        return folders.Distinct().ToList();
    }

    static string WindowsPath(string folder, string below) => folder.TrimEnd('\\', '/') + '\\' + below;

    /// <summary>
    /// The <c>fonts/</c> folder of the project that holds <c>templates/</c>, searched upwards from
    /// <paramref name="start"/>, the working folder: the project being worked in.
    /// </summary>
    static string? ProjectFontsAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "templates")) && Directory.Exists(Path.Combine(dir.FullName, "fonts")))
                return Path.Combine(dir.FullName, "fonts");
        return null;
    }
}
