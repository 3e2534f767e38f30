namespace BriefingBot.Benchmarks.Infrastructure;

/// <summary>The command line: which parts to run (all, store, answer, latency, http, startup) and whether quickly.</summary>
public sealed record BenchmarkOptions(IReadOnlySet<string> Parts, bool Quick)
{
    /// <summary>Every part, in the order they run.</summary>
    public static readonly string[] AllParts = ["store", "answer", "latency", "http", "startup"];

    /// <summary>Parses e.g. <c>all --quick</c> or <c>http startup</c>; null (with a message) on an unknown word.</summary>
    public static BenchmarkOptions? Parse(string[] args, TextWriter error)
    {
        var quick = args.Contains("--quick");
        var words = args.Where(a => a != "--quick").Select(a => a.ToLowerInvariant()).ToList();
        if (words.Count == 0 || words.Contains("all")) words = AllParts.ToList();
        var unknown = words.Except(AllParts).ToList();
        if (unknown.Count == 0) return new BenchmarkOptions(words.ToHashSet(), quick);
        error.WriteLine($"Unknown part(s): {string.Join(", ", unknown)}. Usage: [all | {string.Join(" | ", AllParts)}]... [--quick]");
        return null;
    }

    /// <summary>True when <paramref name="part"/> was asked for.</summary>
    public bool Runs(string part) => Parts.Contains(part);
}
