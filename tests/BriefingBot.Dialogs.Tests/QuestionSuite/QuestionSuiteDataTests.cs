namespace BriefingBot.Dialogs.Tests.QuestionSuite;

public class QuestionSuiteDataTests
{
    private static readonly string[] Categories =
    [
        "who", "what", "when", "where", "which", "how-many", "how-long", "how-much", "why", "said", "profile",
        "acronym", "summary", "topics", "follow-up", "clarify", "refuse", "smalltalk", "yes-no",
    ];

    private readonly IReadOnlyList<QuestionSuiteCase> _cases = QuestionSuite.LoadAll();
    private readonly IReadOnlyList<IReadOnlyList<QuestionSuiteCase>> _heldOutSets =
        QuestionSuite.HeldOutDirectories.Select(QuestionSuite.LoadAll).ToList();

    private IEnumerable<QuestionSuiteCase> HeldOut => _heldOutSets.SelectMany(set => set);

    [Fact]
    public void Every_held_out_folder_is_found_in_the_test_output() =>
        Assert.Equal(27, _heldOutSets.Count);

    [Fact]
    public void The_suite_holds_at_least_170_conversations_with_unique_ids()
    {
        Assert.True(_cases.Count >= 170, $"only {_cases.Count} cases");
        Assert.Equal(_cases.Count, _cases.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Every_case_has_a_known_category()
    {
        var unknown = _cases.Concat(HeldOut).Where(c => !Categories.Contains(c.Category)).Select(c => c.Id).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_cited_article_exists_in_the_article_data()
    {
        var articles = Directory.GetFiles(QuestionSuite.ArticlesDirectory, "*.txt").Select(Path.GetFileNameWithoutExtension).ToHashSet();

        var missing = _cases.Concat(HeldOut).Where(c => c.Article is not null && !articles.Contains(c.Article)).Select(c => c.Id).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void At_least_30_conversations_must_be_refused()
    {
        Assert.True(_cases.Count(c => c.Turns.Any(t => t.Refuse)) >= 30);
    }

    [Theory]
    [InlineData("2024-02-gdansk-port-ransomware")]
    [InlineData("2024-05-gulf-of-aden-drone-piracy")]
    [InlineData("2023-11-ireland-election-interference-report")]
    public void Each_test_article_has_at_least_15_conversations(string article)
    {
        Assert.True(_cases.Count(c => c.Article == article) >= 15);
    }

    [Fact]
    public void Each_held_out_set_holds_80_to_100_conversations_with_ids_unique_across_all_sets()
    {
        var ids = _cases.Concat(HeldOut).Select(c => c.Id).ToList();

        Assert.All(_heldOutSets, set => Assert.InRange(set.Count, 80, 100));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(_heldOutSets, set => Assert.True(set.Count(c => c.Turns.Any(t => t.Refuse)) >= 20));
    }

    [Fact]
    public void No_held_out_conversation_opens_with_a_question_of_the_tuned_suite()
    {
        var tuned = _cases.SelectMany(c => c.Turns).Select(t => Normalize(t.Say)).ToHashSet();

        var repeated = HeldOut.Where(c => tuned.Contains(Normalize(c.Turns[0].Say))).Select(c => c.Id).ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void A_turn_with_both_expectations_and_refuse_is_rejected_on_load()
    {
        var dir = Directory.CreateTempSubdirectory("suite-").FullName;
        File.WriteAllText(Path.Combine(dir, "bad.json"),
            """{"name":"bad","cases":[{"id":"x","turns":[{"say":"hi","all":[["a"]],"refuse":true}]}]}""");

        var error = Assert.Throws<InvalidDataException>(() => QuestionSuite.LoadAll(dir));

        Assert.Contains("x", error.Message);
        Directory.Delete(dir, recursive: true);
    }

    private static string Normalize(string say) =>
        new string(say.ToLowerInvariant().Where(ch => char.IsLetterOrDigit(ch) || ch == ' ').ToArray()).Trim();
}
