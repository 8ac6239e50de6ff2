using BriefBuilder.Fuzz;
using SharpFuzz;

// fuzz/run starts this under afl-fuzz: `BriefBuilder.Fuzz TARGET`. With files after the target it
// runs each once instead (`BriefBuilder.Fuzz TARGET FILE…`), as the regression tests and a crash's
// reproduction do; an exception then says which file. That works only in a build SharpFuzz has not
// instrumented (dotnet build): the instrumented one writes coverage where AFL++'s shared memory
// would be. In fuzz/run's build, replay one input as `dotnet …/BriefBuilder.Fuzz.dll TARGET < FILE`.
if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: BriefBuilder.Fuzz TARGET [FILE…]; targets: {string.Join(", ", Targets.All.Keys)}");
    return 2;
}
if (args.Length > 1)
{
    foreach (var file in args[1..]) target(File.ReadAllBytes(file));
    return 0;
}
Fuzzer.Run(stream =>
{
    using var bytes = new MemoryStream();
    stream.CopyTo(bytes);
    target(bytes.ToArray());
});
return 0;
