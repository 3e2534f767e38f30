using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BriefingBot.Benchmarks.Infrastructure;

namespace BriefingBot.Benchmarks.InProcess;

/// <summary>
/// Runs the BenchmarkDotNet classes in this process (no generated project to build, so the run stays short)
/// and copies mean, p95 and allocations per operation into the result table.
/// </summary>
public static class BenchmarkDotNetRun
{
    /// <summary>Store build: few iterations, each build is long; the quick run skips the 100-article cases.</summary>
    public static void StoreBuild(BenchmarkOptions options, ResultTable table) =>
        Run<StoreBuildBenchmarks>(options, table, "store build", warmups: 1, iterations: 5,
            r => $"{r.BenchmarkCase.Descriptor.WorkloadMethod.Name}, {r.BenchmarkCase.Parameters["Articles"]} article(s)",
            r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(StoreBuildBenchmarks.RebuildStoreFile) && r.BenchmarkCase.Parameters["Articles"] is 1
                ? (1000, "< 1 s for one article") : null,
            c => !options.Quick || c.Parameters["Articles"] is 1);

    /// <summary>Answering per category, router alone and whole turn.</summary>
    public static void Answering(BenchmarkOptions options, ResultTable table) =>
        Run<AnswerBenchmarks>(options, table, "answer (BDN mean per question)", warmups: 3, iterations: 10,
            r => $"{r.BenchmarkCase.Descriptor.WorkloadMethod.Name} {r.BenchmarkCase.Parameters["Category"]}", _ => null, _ => true);

    private static void Run<T>(BenchmarkOptions options, ResultTable table, string part, int warmups, int iterations,
        Func<BenchmarkReport, string> name, Func<BenchmarkReport, (double LimitMs, string Goal)?> goal, Func<BenchmarkCase, bool> include)
    {
        var job = options.Quick
            ? new Job().WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1)
            : Job.Default.WithWarmupCount(warmups).WithIterationCount(iterations).WithLaunchCount(1).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250));
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .AddFilter(new SimpleFilter(include))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary);
        var summary = BenchmarkRunner.Run<T>(config);
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is not { } stats) { table.Add(part, name(report), "failed (see BenchmarkDotNet log)"); continue; }
            var meanMs = stats.Mean / 1e6;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            var value = $"mean {ResultTable.Ms(meanMs)}, p95 {ResultTable.Ms(stats.Percentiles.P95 / 1e6)}, {Kb(allocated)} allocated/op";
            if (goal(report) is { } g) table.AddGoal(part, name(report), value, g.Goal, meanMs <= g.LimitMs);
            else table.Add(part, name(report), value);
        }
    }

    private static string Kb(long? bytes) => bytes is null ? "? KB" : bytes >= 10 * 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:F0} MB" : $"{bytes / 1024.0:F1} KB";
}
