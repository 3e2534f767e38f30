using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"For the next two weeks" and "ten minutes later" say a length of time (invented article).</summary>
public sealed class RelativeSpanTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Ferry Line Halted After Engine Fault

        A harbour pilot noticed the fault on his radar and stopped the engine twelve minutes later.
        The port director ordered every ferry leaving Porthaven to be inspected for the next two weeks.
        """));

    [Fact]
    public async Task For_the_next_weeks_answers_for_how_long()
    {
        Assert.Contains("two weeks", await _bot.AnswerAsync("for how long will every ferry leaving porthaven be inspected"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Minutes_later_answers_how_long_did_it_take()
    {
        Assert.Contains("twelve minutes", await _bot.AnswerAsync("how long did it take the pilot to stop the engine"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
