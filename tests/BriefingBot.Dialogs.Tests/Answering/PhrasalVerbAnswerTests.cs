using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Take over" is met only by a sentence that says it, whichever article uses it (invented articles).</summary>
public sealed class PhrasalVerbAnswerTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load(
        """
        Harbour Guild Elects a New Chair

        Dana Okafor took over the Harbour Guild in May, after the old chair retired.
        """,
        """
        Rival Clans Meet in the Hills

        The Red Clan, led by Ivo Marsh since the war, met the Blue Clan on Monday.
        """));

    [Fact]
    public async Task A_phrasal_verb_an_article_uses_answers_from_the_sentence_that_uses_it()
    {
        Assert.Contains("May", await _bot.AskAsync("a", "when did okafor take over the harbour guild"));
    }

    [Fact]
    public async Task A_phrasal_verb_used_only_in_another_article_does_not_meet_a_sentence_without_it()
    {
        var reply = await _bot.AskAsync("b", "when did ivo marsh take over the red clan");

        Assert.Contains("does not cover", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
