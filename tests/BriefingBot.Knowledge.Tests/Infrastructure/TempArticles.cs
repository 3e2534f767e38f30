namespace BriefingBot.Knowledge.Tests.Infrastructure;

/// <summary>A temporary folder with copies of test articles and a store path beside them; deleted on dispose.</summary>
public sealed class TempArticles : IDisposable
{
    /// <summary>Creates the folder and copies the articles of one test-output folder ("bundled" or "suite").</summary>
    public TempArticles(string source = "bundled")
    {
        Root = Directory.CreateTempSubdirectory("briefing-store-").FullName;
        ArticlesPath = Directory.CreateDirectory(Path.Combine(Root, "articles")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "articles", source)))
        {
            File.Copy(file, Path.Combine(ArticlesPath, Path.GetFileName(file)));
        }

        StorePath = Path.Combine(Root, "data", "briefing.db");
    }

    /// <summary>The temporary root.</summary>
    public string Root { get; }
    /// <summary>The articles folder.</summary>
    public string ArticlesPath { get; }
    /// <summary>Where the store goes.</summary>
    public string StorePath { get; }

    /// <summary>Files left in the store's folder.</summary>
    public IReadOnlyList<string> StoreFolderFiles => Directory.GetFiles(Path.GetDirectoryName(StorePath)!).Select(Path.GetFileName).ToList()!;

    /// <summary>Path of an article file by name.</summary>
    public string Article(string fileName) => Path.Combine(ArticlesPath, fileName);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}
