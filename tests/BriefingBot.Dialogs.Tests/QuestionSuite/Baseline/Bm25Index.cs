namespace BriefingBot.Dialogs.Tests.QuestionSuite.Baseline;

/// <summary>Okapi BM25 over short documents (here: sentences), k1 = 1.2, b = 0.75.</summary>
public sealed class Bm25Index
{
    private const double K1 = 1.2, B = 0.75;
    private readonly IReadOnlyList<string> _documents;
    private readonly List<Dictionary<string, int>> _termCounts;
    private readonly int[] _lengths;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    /// <summary>Indexes <paramref name="documents"/> with <see cref="TextAnalyzer"/>.</summary>
    public Bm25Index(IReadOnlyList<string> documents)
    {
        _documents = documents;
        var terms = documents.Select(TextAnalyzer.Terms).ToList();
        _termCounts = terms.Select(t => t.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count())).ToList();
        _lengths = terms.Select(t => t.Count).ToArray();
        _averageLength = _lengths.Length == 0 ? 0 : _lengths.Average();
        foreach (var term in _termCounts.SelectMany(c => c.Keys))
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
    }

    /// <summary>The best-scoring document for <paramref name="query"/> and its score (score 0 and empty text when nothing matches).</summary>
    public (string Text, double Score) Best(string query)
    {
        var queryTerms = TextAnalyzer.Terms(query).Distinct().ToList();
        var best = (Text: "", Score: 0.0);
        for (var i = 0; i < _documents.Count; i++)
        {
            var score = queryTerms.Sum(t => TermScore(t, i));
            if (score > best.Score) best = (_documents[i], score);
        }
        return best;
    }

    private double TermScore(string term, int doc)
    {
        if (!_termCounts[doc].TryGetValue(term, out var tf)) return 0;
        var n = _documentFrequency[term];
        var idf = Math.Log(1 + (_documents.Count - n + 0.5) / (n + 0.5));
        return idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * _lengths[doc] / _averageLength));
    }
}
