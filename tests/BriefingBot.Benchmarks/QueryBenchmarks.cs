using BenchmarkDotNet.Attributes;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Reading;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Benchmarks;

/// <summary>The knowledge queries a question costs, over the bundled article: entity finding, term analysis, BM25.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const string Question = "What did the FBI director warn about a terrorist diaspora in March?";
    private BriefingKnowledge _knowledge = null!;
    private IReadOnlyList<string> _terms = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "articles", "bundled");
        _knowledge = new BriefingKnowledge(KnowledgeBuilder.Build(ArticleReader.ReadFolder(folder).Articles));
        _terms = TermAnalyzer.Terms(Question);
    }

    /// <summary>Names, role phrase and typo tolerance on one question.</summary>
    [Benchmark]
    public int FindEntities() => _knowledge.FindEntities(Question).Count;

    /// <summary>Lowercase, stop words, stems.</summary>
    [Benchmark]
    public int AnalyzeTerms() => TermAnalyzer.Terms(Question).Count;

    /// <summary>BM25 top 5.</summary>
    [Benchmark]
    public int Search() => _knowledge.Search(_terms.ToList(), 5).Count;
}
