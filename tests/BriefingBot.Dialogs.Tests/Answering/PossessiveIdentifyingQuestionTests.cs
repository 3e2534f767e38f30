using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Who was her skipper?" asks to identify a skipper, like "who was the skipper": a place or group the articles never
/// call a skipper ("… Around Shetland …, Trawler Skipper Charged") is no answer beside the skipper (real articles: the
/// invented ones make no such unclassified name).
/// </summary>
public sealed class PossessiveIdentifyingQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new();

    [Fact]
    public async Task Who_was_her_skipper_is_answered_by_the_skipper_alone()
    {
        Assert.Contains("Grey Skua", await _bot.AskAsync("a", "what was the trawler that jammed GPS around Shetland called?"));

        var reply = await _bot.AskAsync("a", "who was her skipper?");

        Assert.True(reply.Contains("Henrik Voss") && !reply.Contains("Several"), reply);
    }

    public void Dispose() => _bot.Dispose();
}
