using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A doer's noun no article writes ("the diggers") is asked of the one story that tells its verb ("dug").</summary>
public sealed class DoerStoriesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Nine Prisoners Escape Through Tunnel in Velmar

        VELMAR — Nine prisoners escaped from Velmar jail through a tunnel dug under the chapel, police said.
        The noise was hidden by the chapel organ, which played every evening, the warden said.
        """, """
        Ferry Strike in Tarn

        TARN — The noise of the protest was heard across the harbour, the port authority said.
        The four smugglers caught on the quay will be handed over to the authorities in Lisbon.
        """));

    [Fact]
    public async Task Diggers_are_asked_of_the_story_where_a_tunnel_was_dug()
    {
        Assert.Contains("organ", await _bot.AnswerAsync("how did the diggers hide the noise"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Doers_whose_verb_no_story_tells_are_still_refused()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("how did the drummers hide the noise"));
    }

    [Fact]
    public async Task Other_asked_words_must_still_be_in_the_doers_story()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("where did the diggers hand over the smugglers"));
    }

    public void Dispose() => _bot.Dispose();
}
