using BriefBuilder.Model;

namespace BriefBuilder.Lint;

/// <summary>Replace <see cref="Length"/> characters at <see cref="Column"/> (0-based) of line <see cref="Line"/> with <see cref="Text"/>.</summary>
public sealed record Edit(int Line, int Column, int Length, string Text);

/// <summary>One lint finding; <see cref="Fix"/> is set only when the correction is safe and unambiguous.</summary>
public sealed record Finding(Diagnostic Diagnostic, Edit? Fix = null);

/// <summary>
/// A line whose fixes <c>brief lint --fix</c> did not make: made, they would stop the build, for
/// <see cref="Reason"/> (the reader's message). Its findings stay for the editor to fix by hand.
/// </summary>
public sealed record Withheld(int Line, string Reason);
