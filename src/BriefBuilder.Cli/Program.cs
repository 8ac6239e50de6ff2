// Placeholder entry point so the solution builds on the pdf branch; the integrator's
// command-line wiring replaces this file.
Console.Error.WriteLine("brief: commands are not wired up on this branch");
return 1;
