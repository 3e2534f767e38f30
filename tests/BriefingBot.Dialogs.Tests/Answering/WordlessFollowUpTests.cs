using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Follow-ups that add no word of their own, or speak of the person in focus as "he" or "she", over an invented article.</summary>
public sealed class WordlessFollowUpTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Flood Closes Vellmar Schools as River Breaks Its Banks

        VELLMAR — Floodwater closed 31 schools in the town of Vellmar on Monday, officials said.
        Greta Albers, head teacher of a primary school in the old town, said 410 pupils had been led out to higher ground in 25 minutes.
        The barge Morning Tern, which was carrying 3,200 tonnes of gravel, broke loose and struck the Kessel Bridge.
        Hanna Voigt, 39, the founder and editor of the local news website Flusspost, was rescued from her car by firefighters.
        Mayor Dieter Brandt said the town would spend 6 million euros on new flood walls.
        """));

    [Fact]
    public async Task How_long_did_that_take_asks_for_the_span_in_the_last_answers_sentence()
    {
        Assert.Contains("Greta Albers", await _bot.AskAsync("a", "which head teacher is quoted about the flood?"));
        Assert.Contains("410", await _bot.AskAsync("a", "how many pupils did she get out?"));
        Assert.Contains("25 minutes", (await _bot.AskAsync("a", "how long did that take?")).Split('\n')[0]);
    }

    [Fact]
    public async Task How_much_of_it_asks_for_the_amount_in_the_last_answers_sentence()
    {
        Assert.Contains("Morning Tern", await _bot.AskAsync("b", "which barge struck the bridge?"));
        Assert.Contains("gravel", await _bot.AskAsync("b", "what was it carrying"));
        Assert.Contains("3,200 tonnes", (await _bot.AskAsync("b", "how much of it")).Split('\n')[0]);
    }

    [Fact]
    public async Task What_website_does_she_run_is_answered_by_her_sentence_that_names_the_website_in_other_words()
    {
        Assert.Contains("Hanna Voigt", await _bot.AskAsync("c", "who was rescued by firefighters?"));
        Assert.Contains("39", await _bot.AskAsync("c", "how old is she"));
        Assert.Contains("Flusspost", (await _bot.AskAsync("c", "what website does she run")).Split('\n')[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
