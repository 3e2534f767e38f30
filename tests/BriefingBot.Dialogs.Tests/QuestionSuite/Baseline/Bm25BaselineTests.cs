using Xunit.Abstractions;

namespace BriefingBot.Dialogs.Tests.QuestionSuite.Baseline;

public class Bm25BaselineTests(ITestOutputHelper output)
{
    [Fact]
    public void Sentences_are_not_split_after_abbreviations_or_initials()
    {
        var sentences = SentenceSplitter.Split("Echoing FBI Director James Comey, U.S. Secretary John Kelly warned. Navy Spokesman Lt. Cmdr. Rafael Ortiz spoke.").ToList();

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("Navy Spokesman Lt. Cmdr.", sentences[1]);
    }

    [Fact]
    public void Bm25_prefers_the_sentence_sharing_the_rarest_query_terms()
    {
        var index = new Bm25Index(["The battle for Mosul has been raging since last October.", "The battle was long.", "Comey warned in March."]);

        var (text, score) = index.Best("when did the mosul battle begin");

        Assert.StartsWith("The battle for Mosul", text);
        Assert.True(score > 0);
    }

    [Fact]
    public void Baseline_over_the_whole_suite_prints_accuracy_without_and_with_a_refusal_threshold()
    {
        var cases = QuestionSuite.LoadAll();
        var index = Bm25Baseline.IndexArticles(QuestionSuite.ArticlesDirectory);

        var result = SuiteRunner.Run(cases, (_, say) => new Bm25Baseline(index).Reply(say));
        var (threshold, best) = BestThreshold(cases, index);

        Assert.True(cases.Count >= 170, $"only {cases.Count} cases loaded");
        Assert.Equal(cases.Count, result.Cases.Count);
        output.WriteLine($"BM25 best sentence, no threshold (never refuses), {cases.Count} conversations:");
        output.WriteLine(result.FormatTable());
        var answerable = new SuiteResult(result.Cases.Where(c => c.Case.Turns.All(t => !t.Refuse)).ToList());
        output.WriteLine($"answerable conversations only (no refuse turn): {answerable.Accuracy:P1} of {answerable.Cases.Count}");
        output.WriteLine($"BM25 best sentence, refusing below score {threshold} (threshold tuned on this suite, optimistic):");
        output.WriteLine(best.FormatTable());
        output.WriteLine("Failures without threshold:");
        output.WriteLine(result.FormatFailures());
    }

    // Sweeps refusal thresholds 0.5..20 and keeps the most accurate: an upper bound for a thresholded BM25.
    private static (double Threshold, SuiteResult Result) BestThreshold(IReadOnlyList<QuestionSuiteCase> cases, Bm25Index index) =>
        Enumerable.Range(1, 40).Select(i => i * 0.5)
            .Select(t => (t, SuiteRunner.Run(cases, (_, say) => new Bm25Baseline(index, t).Reply(say))))
            .MaxBy(r => r.Item2.Accuracy);
}
