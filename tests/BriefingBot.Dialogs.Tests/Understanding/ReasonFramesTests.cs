using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>Why-questions asking why someone is or got "involved", answered by a sentence that says it with its own verb, over an invented article.</summary>
public sealed class ReasonFramesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Harbour Pilots Strike

        Harbour pilots in Port Verin stopped work on Monday over pay.
        The Coastal Safety Office has joined the inquiry because two tankers were left without pilots in a storm.
        """));

    [Fact]
    public async Task Being_involved_only_frames_why_someone_took_part()
    {
        Assert.Contains("left without pilots", await _bot.AskAsync("a", "why is the coastal safety office involved in the inquiry"));
    }

    [Fact]
    public async Task Getting_involved_only_frames_why_someone_took_part()
    {
        Assert.Contains("left without pilots", await _bot.AskAsync("b", "why did the coastal safety office get involved in the inquiry"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
