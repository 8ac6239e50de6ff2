using System.CommandLine;
using BriefBuilder.Import;
using BriefBuilder.Model;
using BriefBuilder.Numbering;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli;

/// <summary><c>brief import FILE [--date D] [--title T] [--content FOLDER]</c>: the next brief, from a source article.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The article: .txt, .md, .html or .docx" };
        var date = DiagnosticOptions.Date();
        var title = new Option<string>("--title") { Description = "The brief's title (default: the article's, cleaned)" };
        var content = DiagnosticOptions.Content();

        var command = new Command("import",
            "Write the next brief, as brief new does, with the text of a source article: boilerplate (menus, source and editor lines, counters) dropped, "
            + "lines broken by narrow columns joined, punctuation and spacing fixed as brief lint --fix does, headings found from their numbers, "
            + "pictures made figures, saved beside the brief (one that cannot be had is kept as a <!-- comment --> with its address), "
            + "other figure captions kept as <!-- comments -->. Prints what it dropped and changed.");
        command.Arguments.Add(file);
        command.Options.Add(date);
        command.Options.Add(title);
        command.Options.Add(content);
        command.SetAction(parse =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var source = parse.GetValue(file)!;
            if (!File.Exists(source))
            {
                stderr.WriteLine($"brief import: {FilePaths.Display(source)}: no such file");
                return ExitCodes.Usage;
            }
            ImportedArticle article;
            try
            {
                article = ArticleCleaner.Clean(ArticleReader.Read(source), source, parse.GetValue(title));
            }
            catch (SourceError e)
            {
                stderr.WriteLine($"{e.Location}: error: {e.Message}");
                return ExitCodes.BadInput;
            }
            var path = NewCommand.WriteNext("import", parse.GetValue(content)!, parse.GetValue(date), stdout, stderr,
                (root, series, day) => NextBrief.Write(root, series, day, article.Title, article.Subtitle, article.Body), out var exit);
            if (path is null) return exit;
            if (!WritePictures(article, path, stderr)) return ExitCodes.BadInput;
            stdout.Write(ImportReport.Text(article));
            var findings = Diagnostic.Sort(LintGate.Check(path).Select(f => f.Diagnostic));
            return DiagnosticOptions.Report(stdout, "text", findings, "lint");
        });
        return command;
    }

    /// <summary>
    /// The figures' pictures, beside the new brief. A file of the same name is the same picture
    /// (the name comes from its content) and is left as it is; one that cannot be written is said,
    /// and the brief that names it stays for the editor to see.
    /// </summary>
    static bool WritePictures(ImportedArticle article, string brief, TextWriter stderr)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(brief)) ?? ".";
        foreach (var (name, bytes) in article.Pictures)
        {
            var target = Path.Join(folder, name);
            if (File.Exists(target)) continue;
            try
            {
                Source.UserFile.Create(target, bytes);
            }
            catch (SourceError e)
            {
                stderr.WriteLine($"{e.Location}: error: {e.Message}; {brief} names it");
                return false;
            }
        }
        return true;
    }
}
