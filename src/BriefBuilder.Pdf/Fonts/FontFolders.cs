namespace BriefBuilder.Pdf.Fonts;

/// <summary>Where fonts are looked for, in order of preference.</summary>
public static class FontFolders
{
    /// <summary>Environment variable with extra font folders, separated like PATH.</summary>
    public const string EnvironmentVariable = "BRIEF_FONT_PATH";

    /// <summary>
    /// The project's own <c>fonts/</c> folder (a house's licensed faces, say), then BRIEF_FONT_PATH,
    /// then the system and user folders of Linux (where scripts/install-fonts puts Fandol),
    /// Windows and macOS. Folders that do not exist are skipped later.
    /// </summary>
    public static IReadOnlyList<string> Standard(string? projectFonts = null)
    {
        var folders = new List<string>();
        if ((projectFonts ?? FindProjectFonts()) is { } project) folders.Add(project);

        string? extra = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(extra))
            folders.AddRange(extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        folders.AddRange(["/usr/share/fonts", "/usr/local/share/fonts"]);
        // The user's font folder, where scripts/install-fonts puts Fandol for every checkout.
        if (Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } data) folders.Add(Path.Combine(data, "fonts"));
        if (home.Length > 0) folders.AddRange([Path.Combine(home, ".local/share/fonts"), Path.Combine(home, ".fonts")]);
        if (Environment.GetEnvironmentVariable("WINDIR") is { Length: > 0 } windir) folders.Add(Path.Combine(windir, "Fonts"));
        folders.AddRange(["/Library/Fonts", "/System/Library/Fonts"]);
        if (home.Length > 0) folders.Add(Path.Combine(home, "Library/Fonts"));
        return folders.Distinct().ToList();
    }

    /// <summary>
    /// The <c>fonts/</c> folder of the project that holds <c>templates/</c>: searched upwards from
    /// the working folder and from the program's folder, so both <c>./brief</c> in the checkout and
    /// the test runner deep under <c>bin/</c> find it.
    /// </summary>
    static string? FindProjectFonts()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "templates")) && Directory.Exists(Path.Combine(dir.FullName, "fonts")))
                    return Path.Combine(dir.FullName, "fonts");
        return null;
    }
}
