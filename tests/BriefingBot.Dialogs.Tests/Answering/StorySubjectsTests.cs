using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A group the story's opening names is what a later sentence holding every other asked word speaks of without naming
/// it; not a place the opening only lists, and not for a why-question, which the opening's
/// summary of what happened does not answer (invented articles).
/// </summary>
public sealed class StorySubjectsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Ransomware Attack Shuts Harby Ferry Terminal

        HARBY — A ransomware attack has shut the ferry terminal in Harby and a booking office in Westland, officials said on Friday.

        The terminal's operator, Harby Ferry Lines (HFL), said its booking systems were encrypted early on Friday by a criminal group calling itself RedFin.

        Ferries to the islands were cancelled for two days. Passengers were sent to other ports.

        Investigators said the attackers had copied about 300 gigabytes of data from the operator's network before they encrypted it.
        """, """
        Engineer Charged With Selling Radar Secrets

        MARNE — Prosecutors have charged an engineer at a defence firm with selling secret radar designs to foreign agents, after he was arrested at Marne Airport last Friday, officials said on Thursday.

        The engineer, identified only as Piet V., worked for Kestrel Sensor Systems (KSS), a firm that builds radar for navies.

        A judge ordered him held for 30 days.
        """));

    [Fact]
    public async Task A_group_named_in_the_opening_is_met_by_a_later_sentence_holding_every_other_asked_word()
    {
        var answer = await _bot.AnswerAsync("how much data did redfin copy from the network");
        Assert.Contains("300", answer);
    }

    [Fact]
    public async Task A_group_named_in_the_opening_is_met_by_a_later_sentence_missing_one_of_five_asked_words()
    {
        var answer = await _bot.AnswerAsync("how much data do investigators think redfin copied from the network");
        Assert.Contains("300", answer);
    }

    [Fact]
    public async Task A_place_the_opening_only_lists_is_not_met_by_a_later_sentence()
    {
        var answer = await _bot.AskAsync("a", "how much data did the attackers copy from the network in westland");
        Assert.Contains("does not cover", answer);
    }

    [Fact]
    public async Task A_why_question_is_not_met_by_a_later_sentence_that_gives_no_reason()
    {
        var answer = await _bot.AnswerAsync("why did the kss engineer sell the secrets");
        Assert.DoesNotContain("arrested", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
