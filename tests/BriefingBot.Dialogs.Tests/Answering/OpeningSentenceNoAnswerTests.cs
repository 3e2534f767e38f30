using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A title or lede that fits an open what-question only in part is no answer to it: the bot says it does not know rather
/// than repeat the story's summary, and gives way to a later sentence that holds every asked word; one that holds every
/// asked word still answers, and so does one that tells a
/// "which airport" question an airport (invented articles).
/// </summary>
public sealed class OpeningSentenceNoAnswerTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Police Break Up Smuggling Ring, Seize 90 Crates

        VELKA — Officers in three countries have broken up a network that moved cigarettes through the port of Velka, officials said on Monday.
        The crates were sold from a warehouse near the harbour, said a customs officer whose nickname is the Owl.
        """));

    private readonly BotUnderTest _airport = new(InventedArticles.Load("""
        Police Break Up Smuggling Ring, Seize 90 Crates

        VELKA — Officers in three countries have broken up a network that moved cigarettes through Velka Airport, officials said on Monday.
        The crates were sold from a warehouse near the harbour.
        """));

    [Fact]
    public async Task A_lede_missing_an_asked_word_is_no_answer()
    {
        var answer = await _bot.AnswerAsync("what did the network sell through the port of velka");
        Assert.StartsWith("Sorry, the briefing does not cover that", answer);
    }

    private readonly BotUnderTest _boss = new(InventedArticles.Load("""
        Velka Smuggling Ring Broken Up, Boss Still Free

        VELKA — Officers in three countries have broken up a network that moved cigarettes through the port of Velka, officials said on Monday.
        Prosecutors did not name the boss of the smuggling ring, a former sailor whom associates call "the Heron."
        """));

    [Fact]
    public async Task A_title_missing_an_asked_word_gives_way_to_a_sentence_holding_every_one()
    {
        Assert.Contains("heron", await _boss.AnsweredAsync("what do associates call the velka smuggling ring boss"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_lede_holding_every_asked_word_still_answers()
    {
        Assert.Contains("cigarettes", await _bot.AnsweredAsync("what did the network move through the port"));
    }

    [Fact]
    public async Task A_which_question_the_lede_names_its_noun_for_still_answers()
    {
        Assert.Contains("velka", await _airport.AnsweredAsync("which airport did the officers in three countries sell through"));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _bot.Dispose();
        _airport.Dispose();
        _boss.Dispose();
    }
}
