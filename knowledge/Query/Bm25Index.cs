using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Query;

/// <summary>Okapi BM25 over sentences' analysed terms (k1 = 1.2, b = 0.75), with an inverted index built once.</summary>
public sealed class Bm25Index
{
    private const double K1 = 1.2, B = 0.75;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly Dictionary<string, List<(int Doc, int Tf)>> _postings = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    /// <summary>Indexes the sentences.</summary>
    public Bm25Index(IReadOnlyList<Sentence> sentences)
    {
        _sentences = sentences;
        for (var doc = 0; doc < sentences.Count; doc++)
        {
            foreach (var group in sentences[doc].Terms.GroupBy(t => t, StringComparer.Ordinal))
            {
                if (!_postings.TryGetValue(group.Key, out var list)) _postings[group.Key] = list = new();
                list.Add((doc, group.Count()));
            }
        }

        _averageLength = sentences.Count == 0 ? 1 : Math.Max(1, sentences.Average(s => s.Terms.Count));
    }

    /// <summary>Number of sentences containing the term.</summary>
    public int DocumentFrequency(string term) => _postings.TryGetValue(term, out var list) ? list.Count : 0;

    /// <summary>The best <paramref name="top"/> sentences for the terms (each distinct term counted once).</summary>
    public IReadOnlyList<ScoredSentence> Search(IReadOnlyCollection<string> terms, int top)
    {
        if (top <= 0 || terms.Count == 0) return Array.Empty<ScoredSentence>();
        var scores = new Dictionary<int, double>();
        var n = _sentences.Count;
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(term, out var postings)) continue;
            var idf = Math.Log(1 + (n - postings.Count + 0.5) / (postings.Count + 0.5));
            foreach (var (doc, tf) in postings)
            {
                var length = _sentences[doc].Terms.Count;
                var score = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / _averageLength));
                scores[doc] = scores.GetValueOrDefault(doc) + score;
            }
        }

        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(top)
            .Select(s => new ScoredSentence(_sentences[s.Key], s.Value)).ToList();
    }
}
