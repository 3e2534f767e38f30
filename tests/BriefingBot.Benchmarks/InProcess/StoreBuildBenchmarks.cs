using BenchmarkDotNet.Attributes;
using BriefingBot.Benchmarks.Infrastructure;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Benchmarks.InProcess;

/// <summary>Store build from article text to a LiteDB file (read, extract, write, swap) for 1 and 100 articles.</summary>
[MemoryDiagnoser]
public class StoreBuildBenchmarks
{
    private ArticleCorpus? _corpus;
    private string _storePath = "";

    /// <summary>How many articles the folder holds.</summary>
    [Params(1, 100)]
    public int Articles { get; set; }

    /// <summary>Writes the articles folder and loads the Recognizers models (paid at startup, not per build).</summary>
    [GlobalSetup]
    public void Setup()
    {
        KnowledgeBuilder.WarmUp();
        _corpus = ArticleCorpus.Create(Articles);
        _storePath = Path.Combine(Path.GetTempPath(), $"briefingbot-bench-store-{Guid.NewGuid():N}.db");
    }

    /// <summary>One forced build of the whole store.</summary>
    [Benchmark]
    public StoreOutcome Build() => new KnowledgeStore(NullLogger.Instance).Ensure(_corpus!.Path, _storePath, force: true);

    /// <summary>Deletes the folder and the store.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _corpus?.Dispose();
        File.Delete(_storePath);
    }
}
