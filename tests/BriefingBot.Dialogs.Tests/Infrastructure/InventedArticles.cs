using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Dialogs.Tests.Infrastructure;

/// <summary>Knowledge built by the real store from articles written in a test (a temporary folder and LiteDB file).</summary>
public static class InventedArticles
{
    /// <summary>Builds the knowledge of one or more article texts (first line the title), published on 2024-03-01.</summary>
    public static BriefingKnowledge Load(params string[] texts)
    {
        var folder = Directory.CreateTempSubdirectory("invented-").FullName;
        try
        {
            for (var i = 0; i < texts.Length; i++)
            {
                File.WriteAllText(Path.Combine(folder, $"article-{i}.txt"), texts[i]);
                File.WriteAllText(Path.Combine(folder, $"article-{i}.json"), $$"""{ "title": "{{texts[i].Split('\n')[0].Trim()}}", "published": "2024-03-01", "language": "en" }""");
            }

            var outcome = new KnowledgeStore(NullLogger.Instance).Ensure(folder, Path.Combine(folder, "store.db"));
            return new BriefingKnowledge(outcome.Knowledge);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
