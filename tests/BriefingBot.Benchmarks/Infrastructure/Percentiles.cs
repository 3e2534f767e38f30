namespace BriefingBot.Benchmarks.Infrastructure;

/// <summary>Nearest-rank percentiles of latency samples in milliseconds.</summary>
public sealed class Percentiles
{
    private readonly double[] _sorted;

    /// <summary>Sorts a copy of the samples.</summary>
    public Percentiles(IEnumerable<double> samples) => _sorted = samples.Order().ToArray();

    /// <summary>Number of samples.</summary>
    public int Count => _sorted.Length;

    /// <summary>The <paramref name="p"/>-th percentile (0..100); 0 for no samples.</summary>
    public double At(double p) => _sorted.Length == 0 ? 0 : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    /// <summary>The largest sample.</summary>
    public double Max => _sorted.Length == 0 ? 0 : _sorted[^1];
}
