using System.Diagnostics;
using BriefingBot.Benchmarks.Http;
using BriefingBot.Benchmarks.InProcess;
using BriefingBot.Benchmarks.Infrastructure;
using BriefingBot.Benchmarks.Startup;

// dotnet run -c Release --project tests/BriefingBot.Benchmarks -- all [--quick]
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
