using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>An "it" the conversation gives nothing to mean ties no choice to the question (invented article).</summary>
public sealed class UnresolvedPronounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Water Boards Discuss Merger

        ASHFORD — The Ashford Reservoir Service, which is run by director Mara Quill, said on Monday it would talk to its neighbour.
        The talks will start in May, said Tom Reed, the chief executive of the Bexley Water Board.
        A third utility, the Corran Canal Trust, is headed by chief executive Ada Lind.
        """));

    [Fact]
    public async Task Who_runs_it_with_nothing_to_be_it_is_refused_not_a_choice_between_strangers()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("a", "who runs it?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
