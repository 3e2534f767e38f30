using System.Globalization;

namespace BriefingBot.Benchmarks.Infrastructure;

/// <summary>One measured number, with its goal when the issue sets one.</summary>
public sealed record Result(string Part, string Measure, string Value, string Goal = "", bool? Met = null);

/// <summary>Collects the numbers of every part and prints them as one Markdown table (also saved under the artifacts folder).</summary>
public sealed class ResultTable
{
    private readonly List<Result> _results = new();

    /// <summary>Adds a number without a goal.</summary>
    public void Add(string part, string measure, string value) => _results.Add(new Result(part, measure, value));

    /// <summary>Adds a number checked against a goal.</summary>
    public void AddGoal(string part, string measure, string value, string goal, bool met) => _results.Add(new Result(part, measure, value, goal, met));

    /// <summary>The table, with a header saying when, where and how it was measured.</summary>
    public string Format(string command)
    {
        var lines = new List<string>
        {
            $"Measured {DateTime.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} on {Environment.ProcessorCount} cores, {MachineMemory()}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}; command: `{command}`",
            "",
            "| Part | Measure | Value | Goal | Met |",
            "|---|---|---|---|---|",
        };
        lines.AddRange(_results.Select(r => $"| {r.Part} | {r.Measure} | {r.Value} | {r.Goal} | {(r.Met is null ? "" : r.Met.Value ? "yes" : "**no**")} |"));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Formats milliseconds with a sensible precision.</summary>
    public static string Ms(double ms) => ms < 10 ? $"{ms:F2} ms" : $"{ms:F0} ms";

    private static string MachineMemory()
    {
        var total = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            : null;
        var kb = total?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kb is null ? "unknown memory" : $"{long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0 / 1024.0:F1} GiB memory";
    }
}
