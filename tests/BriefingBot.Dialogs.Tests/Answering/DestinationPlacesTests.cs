using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"To Tarnia" tells where a pipe goes, not where it was cut: a where-question about the cutting takes the other place (invented article).</summary>
public sealed class DestinationPlacesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Divers Held Over Cut Water Pipe

        VELKA — Police have arrested two divers suspected of cutting a water pipe to Tarnia near Brill, officials said on Monday.
        The divers were later taken to Marlow for questioning.
        """));

    [Fact]
    public async Task A_place_after_to_is_not_where_the_pipe_was_cut()
    {
        var reply = (await _bot.AskAsync("a", "where exactly was the water pipe cut")).Split('>')[0];
        Assert.DoesNotContain("Tarnia", reply);
        Assert.Contains("Brill", reply);
    }

    [Fact]
    public async Task A_question_about_going_still_takes_it()
    {
        var reply = (await _bot.AskAsync("b", "where were the divers taken")).Split('>')[0];
        Assert.Contains("Marlow", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
