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
    public static BriefingKnowledge Build(string text, DateTime published)
    {
        var article = new Article { Id = "synthetic", Title = "Synthetic", Published = published, Text = text, ContentHash = "x" };
        using var db = new LiteDatabase(new MemoryStream());
        BriefingStore.Write(db, KnowledgeBuilder.Build(new[] { article }));
        return new BriefingKnowledge(BriefingStore.Read(db));
    }
}
