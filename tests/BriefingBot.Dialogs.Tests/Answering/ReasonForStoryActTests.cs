using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A why-question whose reason is named by "reason for" a bare act ("his reason for helping"), in a sentence that
/// leaves the asked act and the organisation asked by name to its story.
/// </summary>
public sealed class ReasonForStoryActTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Harbour Clerk Charged With Selling Berth Passes

        TARNBY — Prosecutors have charged a harbour clerk with selling berth passes to smugglers, the harbour police said on Friday.
        The clerk had worked for the Tarnby Harbour Board (THB) for 12 years.
        Police say the clerk handed over some 300 blank passes in the space of two years and took cash in envelopes.
        The clerk owed a card club about 20,000 crowns, which police say was his reason for helping.
        His lawyer, Mara Lind, said he would deny the charges.
        """, InventedStories.BarracksRifles, InventedStories.WarehousePills));

    [Fact]
    public async Task The_reason_for_the_storys_bare_act_answers_why()
    {
        Assert.Contains("card club", await _bot.AnswerAsync("why did the THB clerk sell the passes"));
    }

    [Fact]
    public async Task Another_act_the_story_tells_is_not_answered_by_it()
    {
        Assert.DoesNotContain("card club", await _bot.AnswerAsync("why did the clerk take cash in envelopes"));
    }

    [Fact]
    public async Task An_act_of_another_story_is_not_answered_by_it()
    {
        Assert.DoesNotContain("card club", await _bot.AnswerAsync("why did the clerk steal the rifles"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
