namespace BriefingBot.Benchmarks;

/// <summary>Builds a temporary articles folder of N articles by copying the bundled and test articles, each copy made distinct.</summary>
public sealed class ArticleCorpus : IDisposable
{
    /// <summary>Creates the folder with <paramref name="count"/> articles.</summary>
    public ArticleCorpus(int count)
    {
        Root = Directory.CreateTempSubdirectory("briefing-bench-").FullName;
        ArticlesPath = Directory.CreateDirectory(Path.Combine(Root, "articles")).FullName;
        StorePath = Path.Combine(Root, "data", "briefing.db");
        var sources = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "articles"), "*.txt", SearchOption.AllDirectories)
            .DistinctBy(Path.GetFileName).OrderBy(f => f).ToList(); // the host reference also copies the bundled article to articles/
        for (var i = 0; i < count; i++)
        {
            var source = sources[i % sources.Count];
            var name = $"{Path.GetFileNameWithoutExtension(source)}-{i:D4}";
            File.WriteAllText(Path.Combine(ArticlesPath, name + ".txt"), File.ReadAllText(source) + $"\n\nThis is copy {i} of the article.\n");
            var sidecar = Path.ChangeExtension(source, ".json");
            if (File.Exists(sidecar)) File.Copy(sidecar, Path.Combine(ArticlesPath, name + ".json"));
        }
    }

    /// <summary>The temporary root (deleted on dispose).</summary>
    public string Root { get; }
    /// <summary>The articles folder.</summary>
    public string ArticlesPath { get; }
    /// <summary>Where the store file goes.</summary>
    public string StorePath { get; }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}
