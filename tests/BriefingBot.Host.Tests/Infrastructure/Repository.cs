namespace BriefingBot.Host.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding BriefingBot.sln, found upwards from the test binary.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The title of the bundled article (from its metadata file), as the bot cites it.</summary>
    public static string BundledArticleTitle()
    {
        var metadata = Directory.GetFiles(Path.Combine(Root, "knowledge", "articles"), "*.json").Order().First();
        return (string)System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(metadata))!["title"]!;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("BriefingBot.sln was not found above " + AppContext.BaseDirectory);
    }
}
