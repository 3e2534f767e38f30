using BenchmarkDotNet.Running;
using BriefingBot.Benchmarks;

// dotnet run -c Release --project tests/BriefingBot.Benchmarks -- [--quick] [filter]
//   filter: part of a benchmark class or method name ("StoreBuild"); --quick runs each case once after a warm-up.
var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
if (quick) return QuickRunner.Run(typeof(Program).Assembly, rest.FirstOrDefault() ?? "", Console.Out);

var bdnArgs = rest.Length > 0 && !rest[0].StartsWith('-') ? new[] { "--filter", $"*{rest[0]}*" }.Concat(rest.Skip(1)).ToArray() : rest;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(bdnArgs.Length == 0 ? new[] { "--filter", "*" } : bdnArgs);
return 0;
