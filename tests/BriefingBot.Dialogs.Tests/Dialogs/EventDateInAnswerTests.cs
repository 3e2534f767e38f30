using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Dialogs;

/// <summary>A who-question about an event is answered with its date; one about a present state is not (invented article).</summary>
public sealed class EventDateInAnswerTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Navy Mission Guards Cables Off Velka

        VELKA — Port Director Ada Lind warned on Monday that smugglers were using the harbour at night.
        The patrol mission, launched last year, has nine ships and is commanded by Rear Admiral Jon Brask.
        """));

    [Fact]
    public async Task Who_did_something_is_answered_with_when()
    {
        Assert.Contains("\u2014", await _bot.AnswerAsync("who warned about smugglers using the harbour"));
    }

    [Fact]
    public async Task Who_commands_something_is_answered_without_a_date_from_another_clause()
    {
        var answer = await _bot.AnswerAsync("who commands the patrol mission");

        Assert.Contains("Brask", answer);
        Assert.DoesNotContain("\u2014", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
