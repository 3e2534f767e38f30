using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Store;
using LiteDB;

namespace BriefingBot.Knowledge.Tests.Infrastructure;

/// <summary>Knowledge built from a short article written in the test, stored in LiteDB in memory and read back.</summary>
public static class SyntheticArticle
{
    /// <summary>Builds the knowledge of one article text published on the given date.</summary>
    public static BriefingKnowledge Build(string text, DateTime published) =>
        Store(new[] { new Article { Id = "synthetic", Title = "Synthetic", Published = published, Text = text, ContentHash = "x" } });

    /// <summary>Builds the knowledge of several article texts published on the given date, with ids synthetic-1, synthetic-2 ….</summary>
    public static BriefingKnowledge BuildAll(DateTime published, params string[] texts) =>
        Store(texts.Select((text, i) => new Article { Id = $"synthetic-{i + 1}", Title = $"Synthetic {i + 1}", Published = published, Text = text, ContentHash = $"x{i}" }).ToArray());

    private static BriefingKnowledge Store(Article[] articles)
    {
        using var db = new LiteDatabase(new MemoryStream());
        BriefingStore.Write(db, KnowledgeBuilder.Build(articles));
        return new BriefingKnowledge(BriefingStore.Read(db));
    }
}
