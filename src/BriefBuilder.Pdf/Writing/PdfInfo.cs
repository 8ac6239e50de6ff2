namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// The document information dictionary. <see cref="Date"/> is the brief's date, used as the
/// creation date so that the same brief always gives the same bytes.
/// </summary>
public sealed record PdfInfo(string Title, string Author, string Subject, DateOnly Date, string? Keywords = null);
