using BriefBuilder.Model;
using System.Text;
using BriefBuilder.Source;
using System.Text.Encodings.Web;
using System.Text.Json;
using static BriefBuilder.Numbering.Words;

namespace BriefBuilder.Numbering;

/// <summary>The numbers a new brief gets: the next 第N期 of its year (1 in a new year) and the next 总第M期.</summary>
public sealed record NextNumbers(int Year, int Issue, int Total);

/// <summary>
/// Starts the brief that follows the series: next numbers, the latest brief's recipients, editor
/// and phone, placeholders for title and body. Never overwrites: an existing file is an error.
/// </summary>
public static class NextBrief
{
    public const string TitlePlaceholder = "（标题）";
    public const string BodyPlaceholder = "（正文）";

    public static NextNumbers NumbersFor(Series series, DateOnly date)
    {
        var latest = Latest(series);
        var year = series.Latest;
        if (date < latest.Date)
            throw new NumberingException($"{Date(date)} is before the latest brief, {FilePaths.Display(latest.File)} of {Date(latest.Date)}");
        // A whole year without a brief is what a wrong date looks like (brief check reports it).
        if (date.Year > year.Year + 1)
            throw new NumberingException(
                $"the series ends in {year.Year}; a brief dated {Date(date)} would leave {Years(year.Year + 1, date.Year - 1)} without a brief: "
                + $"give the brief's own date with --date, or record {Years(year.Year + 1, date.Year - 1)} under numbering: in series.yaml");
        if (date.Year > year.Year)
            return new NextNumbers(date.Year, 1, year.LastTotal!.Value + 1);
        if (date.Year < year.Year)
            throw new NumberingException($"the series has reached {year.Year}; a brief dated {Date(date)} cannot follow");
        if (year.LastIssueRecorded)
            throw new NumberingException(
                $"series.yaml records {year.Year} as ended with {Issue(year.LastIssue!.Value)}; date the brief in {year.Year + 1} or raise last_issue:");
        var issue = year.LastIssue!.Value + 1;
        return new NextNumbers(date.Year, issue, year.Offset!.Value + issue);
    }

    /// <summary>
    /// Writes <c>&lt;contentRoot&gt;/&lt;year&gt;/&lt;NNN&gt;.md</c> and returns its path. Title and
    /// body are placeholders unless given (brief import gives them, with a subtitle if the article has one).
    /// </summary>
    public static string Write(string contentRoot, Series series, DateOnly date, string? title, string? subtitle = null, string? body = null)
    {
        var numbers = NumbersFor(series, date);
        // With / on every platform: the path is printed (Windows opens it as readily).
        var path = FilePaths.Display(Path.Join(contentRoot, numbers.Year.ToString(), SeriesBrief.FileNameFor(numbers.Issue)));
        var text = Text(Latest(series), numbers, date, title ?? TitlePlaceholder, subtitle, body ?? BodyPlaceholder + "\n");
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            // Written whole or not at all, never over a brief written meanwhile.
            UserFile.Create(path, bytes); // Encoding.UTF8.GetBytes writes no byte-order mark
        }
        catch (Model.SourceError e)
        {
            throw new NumberingException(
                File.Exists(path) ? $"{path} already exists; it is left as it is"
                : Directory.Exists(path) ? $"{path} is a folder, where the new brief's file belongs; move the folder away"
                : $"cannot write {path}: {e.Message}");
        }
        return path;
    }

    public static string Text(SeriesBrief latest, NextNumbers numbers, DateOnly date, string title, string? subtitle, string body)
    {
        var front = latest.Front;
        var text = new StringBuilder()
            .Append("---\n")
            .Append($"issue: {numbers.Issue}\n")
            .Append($"total: {numbers.Total}\n")
            .Append($"date: {Date(date)}\n")
            .Append($"recipients: [{string.Join(", ", front.Recipients.Select(Scalar))}]\n")
            .Append($"title: {Scalar(title)}\n");
        if (subtitle is not null)
            text.Append($"subtitle: {Scalar(subtitle)}\n");
        if (front.Editor is not null)
            text.Append($"editor: {Scalar(front.Editor)}\n");
        if (front.Phone is not null)
            text.Append($"phone: {Scalar(front.Phone)}\n");
        return text.Append("---\n\n").Append(body).ToString();
    }

    /// <summary>
    /// What brief new and import say after writing: the numbers and date they chose, and, loudly,
    /// when the date starts a new year, since a brief dated by mistake in January (or with no
    /// --date at all) becomes 第1期 of a year the archive has not reached.
    /// </summary>
    /// <returns>The line for the editor, and the warning when the brief starts a year (else null).</returns>
    public static (string Chosen, string? NewYear) Announce(Series series, DateOnly date, bool dateGiven)
    {
        var numbers = NumbersFor(series, date);
        var latest = Latest(series);
        var chosen = $"{numbers.Year}年{Issue(numbers.Issue)}（{Total(numbers.Total)}）, dated {Date(date)}{(dateGiven ? "" : " (today: no --date was given)")}";
        if (numbers.Issue != 1) return (chosen, null);
        // A year skipped is refused by NumbersFor (year-missing), so the latest brief is of the year before.
        return (chosen, $"NEW YEAR: this brief starts {numbers.Year} as its {Issue(1)}; the latest brief is {latest.Date.Year}年{Issue(latest.Issue)} ({latest.File}, {Date(latest.Date)}). "
            + $"If it belongs to {latest.Date.Year}, delete it and give --date.");
    }

    /// <summary>
    /// What keeps a brief that <see cref="Write"/> started from print while its title or body is
    /// still the placeholder: null when there is none.
    /// </summary>
    public static Model.SourceError? Placeholder(Model.Brief brief)
    {
        if (brief.Front.Title == TitlePlaceholder)
            return new(brief.File, brief.Front.LineOf("title"), $"the title is still the placeholder {TitlePlaceholder} that brief new wrote");
        var body = brief.Body.OfType<Model.Paragraph>().FirstOrDefault(p => string.Concat(p.Spans.Select(s => s.Text)).Trim() == BodyPlaceholder);
        return body is null ? null
            : new(brief.File, body.Line, $"the body is still the placeholder {BodyPlaceholder} that brief new wrote; write the brief's text");
    }

    /// <summary>The brief the next one follows: the highest 总第 (a tie is a dup-total, which the gate refuses first).</summary>
    static SeriesBrief Latest(Series series) =>
        series.Briefs.MaxBy(b => b.Total)
        ?? throw new NumberingException("the archive holds no brief to continue from; write the first one by hand");

    /// <summary>
    /// Chinese text is written plain, as editors write it; anything with ASCII (digits, quotes,
    /// colons, commas) is double-quoted so YAML cannot read it as a number or as structure.
    /// A JSON string is a valid YAML double-quoted scalar.
    /// </summary>
    static string Scalar(string value) =>
        value.Length > 0 && value.All(c => !char.IsAscii(c) && (char.IsLetterOrDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c)))
            ? value
            : $"\"{JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"";
}
