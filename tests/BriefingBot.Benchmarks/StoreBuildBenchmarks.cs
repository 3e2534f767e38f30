using BenchmarkDotNet.Attributes;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Reading;
using BriefingBot.Knowledge.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Building the knowledge store after warm-up: extraction alone, and the whole rebuild (read articles, extract,
/// write the LiteDB file, swap it in), for 1 and 100 articles; plus loading an up-to-date store into the query snapshot.
/// </summary>
[MemoryDiagnoser]
public class StoreBuildBenchmarks
{
    private ArticleCorpus _corpus = null!;
    private IReadOnlyList<Article> _articles = null!;

    /// <summary>How many articles the folder holds.</summary>
    [Params(1, 100)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        KnowledgeBuilder.WarmUp();
        _corpus = new ArticleCorpus(Articles);
        _articles = ArticleReader.ReadFolder(_corpus.ArticlesPath).Articles;
        new KnowledgeStore(NullLogger.Instance).Ensure(_corpus.ArticlesPath, _corpus.StorePath);
    }

    [GlobalCleanup]
    public void Cleanup() => _corpus.Dispose();

    /// <summary>Extraction only: sentences, entities, mentions, statements, times, quantities, facts.</summary>
    [Benchmark]
    public int Extract() => KnowledgeBuilder.Build(_articles).Sentences.Count;

    /// <summary>The full rebuild into a temporary file and the atomic swap.</summary>
    [Benchmark]
    public int RebuildStoreFile() => new KnowledgeStore(NullLogger.Instance).Ensure(_corpus.ArticlesPath, _corpus.StorePath, force: true).Knowledge.Sentences.Count;

    /// <summary>Startup with an up-to-date store: hash check, load, build the in-memory query snapshot.</summary>
    [Benchmark]
    public int LoadStoreIntoSnapshot() =>
        new BriefingKnowledge(new KnowledgeStore(NullLogger.Instance).Ensure(_corpus.ArticlesPath, _corpus.StorePath).Knowledge).Entities.Count;
}
