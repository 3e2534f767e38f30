using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A sentence that opens in an earlier time ("Last month, …", "In 2022, …") is background: it ranks below the story's
/// own sentences unless the question asks about an earlier time or about what was just said (invented article).
/// </summary>
public sealed class EarlierEventsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Police Break Up Tarnby Gun Ring

        TARNBY — Police in three countries have arrested 20 people in raids on a network that smuggled weapons through the port of Tarnby, officials said on Friday.
        Last month, police seized 60 pistols from one of the network's trucks.
        In the raids police seized 412 firearms, among them 231 pistols and 148 assault rifles, along with 2 tonnes of ammunition, 37 hand grenades and about 1.2 million euros in cash.
        """));

    [Fact]
    public async Task A_count_of_the_story_itself_comes_before_one_of_an_earlier_event()
    {
        var reply = await _bot.AnswerAsync("how many pistols did police seize");
        Assert.Contains("231", reply);
        Assert.DoesNotContain("60", reply);
    }

    [Fact]
    public async Task A_question_about_an_earlier_time_is_still_answered_by_the_earlier_event()
    {
        Assert.Contains("60", await _bot.AnswerAsync("how many pistols did police seize last month"));
    }

    [Theory]
    [InlineData("In 2022, emailed threats closed schools in Velm.", true)]
    [InlineData("Last month, police stopped a truck.", true)]
    [InlineData("In March last year a drone halted flights.", true)]
    [InlineData("In the raids officers took 412 firearms.", false)]
    [InlineData("Police said last month that the raids had begun.", false)]
    public void A_sentence_opening_in_an_earlier_time_is_told_apart(string sentence, bool earlier)
    {
        Assert.Equal(earlier, Tense.OpensEarlier(sentence));
    }

    [Theory]
    [InlineData("when was that stolen", true)]
    [InlineData("what were premiums a year ago", true)]
    [InlineData("when was the previous escape", true)]
    [InlineData("how many pistols did police seize", false)]
    public void A_question_about_an_earlier_time_or_what_was_just_said_is_told_apart(string question, bool earlier)
    {
        Assert.Equal(earlier, Tense.AsksEarlier(question));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
