namespace BriefingBot.Benchmarks.Infrastructure;

/// <summary>
/// A temporary articles folder of N articles: the available articles (bundled + test articles) copied round-robin
/// under varied ids, text and sidecar together. Deleted on dispose.
/// </summary>
public sealed class ArticleCorpus : IDisposable
{
    private ArticleCorpus(string path, int count)
    {
        Path = path;
        Count = count;
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Number of articles in it.</summary>
    public int Count { get; }

    /// <summary>Creates a folder with <paramref name="count"/> articles (the bundled one first).</summary>
    public static ArticleCorpus Create(int count)
    {
        var sources = Directory.GetFiles(BenchmarkData.BundledArticles, "*.txt").Order()
            .Concat(Directory.GetFiles(BenchmarkData.SuiteArticles, "*.txt").Order())
            .DistinctBy(System.IO.Path.GetFileName).ToList();
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"briefingbot-bench-articles-{Guid.NewGuid():N}")).FullName;
        for (var i = 0; i < count; i++)
        {
            var source = sources[i % sources.Count];
            var id = $"{i:D3}-{System.IO.Path.GetFileNameWithoutExtension(source)}";
            File.Copy(source, System.IO.Path.Combine(folder, id + ".txt"));
            var sidecar = System.IO.Path.ChangeExtension(source, ".json");
            if (File.Exists(sidecar)) File.Copy(sidecar, System.IO.Path.Combine(folder, id + ".json"));
        }

        return new ArticleCorpus(folder, count);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
