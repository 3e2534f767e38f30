namespace BriefingBot.Dialogs.Tests.QuestionSuite.Baseline;

/// <summary>
/// The bar the real bot must beat: answers every turn with the single best BM25 sentence over all articles,
/// statelessly. Without a threshold it never refuses (no match at all gives an empty reply); with one, a best
/// score below it is answered with a refusal.
/// </summary>
public sealed class Bm25Baseline(Bm25Index index, double refuseBelow = 0)
{
    /// <summary>The refusal the baseline gives below the threshold.</summary>
    public const string Refusal = "The briefing does not cover that.";

    /// <summary>A BM25 index with every sentence of every *.txt article in <paramref name="articlesDirectory"/> as a document.</summary>
    public static Bm25Index IndexArticles(string articlesDirectory) =>
        new(Directory.GetFiles(articlesDirectory, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => SentenceSplitter.Split(File.ReadAllText(f))).ToList());

    /// <summary>The reply to <paramref name="say"/>: the best sentence, or the refusal when a threshold is set and the best score is below it.</summary>
    public string Reply(string say)
    {
        var (text, score) = index.Best(say);
        return refuseBelow > 0 && score < refuseBelow ? Refusal : text;
    }
}
