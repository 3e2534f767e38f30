using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A follow-up answered within the story the conversation is in has that story as one more topic word, as "she" is one
/// for a follow-up about a person: of its two own words, one may be said otherwise by the sentence that answers.
/// </summary>
public sealed class FollowUpStoryCountsAsTopicTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Westholm To Build River Barrier

        WESTHOLM — Westholm will build a barrier against floods along the river, Mayor Ada Venn said on Monday.
        She said the town council would approve in March a plan to spend 2 million crowns on the barrier.
        The river burst its banks twice last winter.
        """, """
        Ferry Strike Ends At Portvik

        PORTVIK — Ferry crews at Portvik ended a nine-day strike on Monday after the operator, Blue Tern Lines, agreed a pay rise.
        Piet Holm, who leads the crews' union, signed the deal at the harbour office and said members would be back at work by Wednesday.
        """, """
        Tobacco Ring Broken Up In Brenmoor

        BRENMOOR — Police in Brenmoor have detained eleven people over smuggled tobacco hidden in a grain silo, officials said on Tuesday.
        A magistrate ordered eight of them held until trial.
        """));

    [Fact]
    public async Task A_date_follow_up_is_answered_by_the_story_sentence_holding_one_of_its_two_words()
    {
        Assert.Contains("Mayor", await _bot.AskAsync("a", "who is ada venn"));
        Assert.Contains("March", (await _bot.AskAsync("a", "when does the council sign it off")).Split('\n')[0]);
    }

    [Fact]
    public async Task The_same_question_asked_first_is_still_refused()
    {
        Assert.StartsWith("Sorry", await _bot.AskAsync("b", "when does the council sign it off"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
