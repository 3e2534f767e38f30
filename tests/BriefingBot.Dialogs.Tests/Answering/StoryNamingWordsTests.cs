using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A question may name its story with words ("in the warehouse fire at the docks") that only the story's title and
/// lede use, not the sentence that answers it.
/// </summary>
public sealed class StoryNamingWordsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load(
        """
        Fire Guts Tarnby Grain Warehouse, Night Watchman Questioned

        TARNBY — A fire destroyed a grain warehouse at the Tarnby docks early on Monday, and police questioned the night watchman, officials said.
        The blaze started in a storeroom at the back of the building shortly after midnight.
        The Coastal Guard Service has joined the inquiry because the watchman once served on one of its patrol boats.
        Firefighters needed six hours to bring the flames under control.
        The owner, Piet Holm, said the building was insured.
        """,
        """
        Brenmoor Opens New Library After Two Years of Work

        BRENMOOR — The town of Brenmoor opened its new library on Saturday, two years after building began.
        Mayor Ada Venn said the library would stay open late on Thursdays.
        The building cost about four million euros, the council said.
        """,
        """
        Ferry Line Adds Winter Sailings to the Islands

        The ferry company Nordlys added three winter sailings a week to the northern islands on Tuesday.
        Its chief executive said demand had grown since the summer.
        Tickets went on sale online the same day.
        """));

    [Fact]
    public async Task Words_naming_the_story_may_stand_only_in_its_lede()
    {
        var reply = await _bot.AnswerAsync("why is the coastal guard service involved in the grain warehouse fire");

        Assert.Contains("served on one of its patrol boats", reply);
    }

    [Fact]
    public async Task A_story_missing_a_naming_word_still_leaves_the_question_refused()
    {
        var reply = await _bot.AnswerAsync("why is the coastal guard service involved in the grain silo collapse");

        Assert.Contains("does not cover", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
