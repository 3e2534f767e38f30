using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A follow-up that leans on the last turn with a pronoun is answered from the story being talked about first.</summary>
public sealed class FollowUpStaysInStoryTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Radio Jamming Confuses Ships Off Tarnby

        TARNBY — Radio jamming confused ships and grounded flights around Tarnby for nine days, police said on Friday.
        The jamming began on the same day as Iron Gate, a two-week naval exercise in the waters east of Tarnby.
        The interference began on 17 November and ended only when the transmitter was switched off.
        """, """
        Sacked Sailor Hijacks Island Ferry

        PORTVIK — A sacked sailor, Ivo Sand, hijacked the island ferry Blue Tern on Monday.
        The strike by ferry crews at Portvik began on 3 March.
        """));

    [Fact]
    public async Task A_follow_up_naming_another_storys_entity_is_answered_from_that_story()
    {
        Assert.Contains("naval exercise", await _bot.AskAsync("b", "what is iron gate"));
        Assert.Contains("Ivo Sand", await _bot.AskAsync("b", "and who hijacked the blue tern?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
