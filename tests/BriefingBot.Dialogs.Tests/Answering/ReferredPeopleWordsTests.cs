using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A sentence calling someone "he" or "she" holds the words of the sentence of its paragraph that named them: "She was
/// arrested on Monday" is about the bakery worker named just before; "She said …" is about what she said (invented article).
/// </summary>
public sealed class ReferredPeopleWordsTests : IDisposable
{
    private static readonly string Article = """
        Mayor Poisoned at Harby Bakery, Two Held

        HARBY — Police have detained a bakery worker and her cousin over the poisoning of Harby's mayor, officials said.

        The second suspect, a 30-year-old woman identified as Ada Venn, worked in the bakery's kitchen. She was arrested on Monday at her flat in Tolby.

        A sailor, Jon Tark, was named by the detective leading the investigation. He cut the harbour cable with an axe.

        A driver, Ola Dunn, had gone to Greece in May to buy the cigarettes. He was arrested near Ashford a week later.

        Health Minister Clara Holt met staff at the town hall, which is to reopen once it has been cleaned. She said the ministry would spend 2 million euros next year on food safety checks.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Article));

    [Fact]
    public async Task A_sentence_calling_someone_she_holds_the_words_that_named_her()
    {
        Assert.Contains("Monday", await _bot.AnswerAsync("when was the kitchen worker detained"));
    }

    [Fact]
    public void A_sentence_where_she_speaks_does_not_hold_the_words_that_named_her()
    {
        var knowledge = InventedArticles.Load(Article);
        var words = new ReferredPeopleWords(knowledge);
        var sentences = knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id)).ToList();
        Assert.Contains(TermAnalyzer.Stem("kitchen"), words.Of(sentences.Single(s => s.Text.StartsWith("She was arrested")).Id));
        Assert.Empty(words.Of(sentences.Single(s => s.Text.StartsWith("She said")).Id));
    }

    [Fact]
    public async Task Who_is_asked_of_the_sentence_that_names_them_not_of_one_calling_someone_he()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("a", "which detective is in charge of the harbour cable investigation"));
    }

    [Fact]
    public async Task Borrowed_words_may_not_outnumber_the_sentences_own()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("a", "which greek town did ola dunn buy the cigarettes in"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
