namespace BriefBuilder.Serve.Web;

/// <summary>
/// The --editor template: a URL the browser opens (<c>vscode://file/{path}:{line}</c>), or a command
/// the server runs (<c>code --goto {path}:{line}</c>); {path} is the brief's full path, {line} the line.
/// </summary>
public static class EditorLink
{
    public static bool IsUrl(string template) => template.Contains("://", StringComparison.Ordinal);

    public static string Fill(string template, string path, int line) =>
        template.Replace("{path}", path, StringComparison.Ordinal).Replace("{line}", line.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
