using System.Diagnostics;
using BenchmarkDotNet.Running;
using BriefingBot.Benchmarks;
using BriefingBot.Benchmarks.Http;
using BriefingBot.Benchmarks.InProcess;
using BriefingBot.Benchmarks.Infrastructure;
using BriefingBot.Benchmarks.Startup;

// dotnet run -c Release --project tests/BriefingBot.Benchmarks -- all [--quick]      (parts: store answer latency http startup)
// dotnet run -c Release --project tests/BriefingBot.Benchmarks -- bdn [--quick] [filter]   (BenchmarkDotNet classes alone)
if (args.FirstOrDefault() == "bdn") return RunBenchmarkDotNetOnly(args[1..]);
var options = BenchmarkOptions.Parse(args, Console.Error);
if (options is null) return 2;

var table = new ResultTable();
var clock = Stopwatch.StartNew();
if (options.Runs("store")) BenchmarkDotNetRun.StoreBuild(options, table);
if (options.Runs("answer")) BenchmarkDotNetRun.Answering(options, table);
if (options.Runs("latency")) await AnswerLatency.RunAsync(options, table);
if (options.Runs("http")) await HttpComparison.RunAsync(options, table);
if (options.Runs("startup")) await StartupProbe.RunAsync(options, table);

var command = "dotnet run -c Release --project tests/BriefingBot.Benchmarks -- " + string.Join(" ", args);
var report = table.Format(command) + Environment.NewLine + Environment.NewLine + $"Whole run: {clock.Elapsed.TotalSeconds:F0} s";
Console.WriteLine();
Console.WriteLine(report);
Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
File.WriteAllText(Path.Combine("BenchmarkDotNet.Artifacts", "briefingbot-results.md"), report + Environment.NewLine);
return 0;

// --quick runs each case once after a warm-up; a filter is part of a benchmark class or method name ("StoreBuild").
static int RunBenchmarkDotNetOnly(string[] args)
{
    var rest = args.Where(a => a != "--quick").ToArray();
    if (args.Contains("--quick")) return QuickRunner.Run(typeof(BenchmarkOptions).Assembly, rest.FirstOrDefault() ?? "", Console.Out);
    var bdnArgs = rest.Length > 0 && !rest[0].StartsWith('-') ? new[] { "--filter", $"*{rest[0]}*" }.Concat(rest.Skip(1)).ToArray() : rest;
    BenchmarkSwitcher.FromAssembly(typeof(BenchmarkOptions).Assembly).Run(bdnArgs.Length == 0 ? new[] { "--filter", "*" } : bdnArgs);
    return 0;
}
