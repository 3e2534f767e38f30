using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Reading;
using BriefingBot.Knowledge.Store;
using LiteDB;

namespace BriefingBot.Knowledge.Tests.Infrastructure;

/// <summary>Knowledge built from an articles folder, written to LiteDB in memory and read back, as the bot sees it.</summary>
public class KnowledgeFixture
{
    /// <summary>Builds from a folder under the test output's `articles` folder.</summary>
    public KnowledgeFixture(string folder)
    {
        var read = ArticleReader.ReadFolder(Path.Combine(AppContext.BaseDirectory, "articles", folder));
        using var db = new LiteDatabase(new MemoryStream());
        BriefingStore.Write(db, KnowledgeBuilder.Build(read.Articles));
        Knowledge = new BriefingKnowledge(BriefingStore.Read(db));
    }

    /// <summary>The query API over the stored knowledge.</summary>
    public BriefingKnowledge Knowledge { get; }

    /// <summary>The single entity with that exact name.</summary>
    public Model.Entity Named(string name) => Knowledge.Entities.Single(e => e.Name == name);

    /// <summary>The first sentence containing the words.</summary>
    public Model.Sentence SentenceWith(string words) => Knowledge.Knowledge.Sentences.First(s => s.Text.Contains(words, StringComparison.Ordinal));
}

/// <summary>The bundled article (knowledge/articles), built once for every test class of the collection.</summary>
public sealed class BundledKnowledge() : KnowledgeFixture("bundled");

/// <summary>Test classes over the bundled article share one build.</summary>
[CollectionDefinition(Name)]
public sealed class BundledArticle : ICollectionFixture<BundledKnowledge>
{
    /// <summary>The collection name.</summary>
    public const string Name = "bundled article";
}

/// <summary>The suite's own articles on other security topics (tests/data/articles).</summary>
public sealed class SuiteKnowledge() : KnowledgeFixture("suite");

/// <summary>Test classes over the suite articles share one build.</summary>
[CollectionDefinition(Name)]
public sealed class SuiteArticles : ICollectionFixture<SuiteKnowledge>
{
    /// <summary>The collection name.</summary>
    public const string Name = "suite articles";
}
