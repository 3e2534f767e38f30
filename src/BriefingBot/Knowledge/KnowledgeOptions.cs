namespace BriefingBot.Knowledge;

/// <summary>The `Knowledge` configuration section: where the articles are and where the store file goes.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Folder of NAME.txt (+ NAME.json) articles; empty means the bundled `articles` folder next to the binary.</summary>
    public string ArticlesPath { get; set; } = "";
    /// <summary>The LiteDB store file; empty means `data/briefing.db` under the content root.</summary>
    public string StorePath { get; set; } = "";

    /// <summary>The options with defaults filled in and relative paths made absolute against the content root.</summary>
    public KnowledgeOptions Resolve(string contentRoot) => new()
    {
        ArticlesPath = string.IsNullOrWhiteSpace(ArticlesPath) ? Path.Combine(AppContext.BaseDirectory, "articles") : Path.GetFullPath(ArticlesPath, contentRoot),
        StorePath = string.IsNullOrWhiteSpace(StorePath) ? Path.Combine(contentRoot, "data", "briefing.db") : Path.GetFullPath(StorePath, contentRoot),
    };
}
