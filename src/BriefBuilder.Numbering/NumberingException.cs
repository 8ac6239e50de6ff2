namespace BriefBuilder.Numbering;

/// <summary>A request the series' numbering cannot meet, e.g. a new brief dated before the latest one.</summary>
public sealed class NumberingException(string message) : Exception(message);
