using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Dialogs;

/// <summary>
/// After "Ann Roe or Eva Lind?", a follow-up saying "she" instead of choosing means the first person offered
/// (invented article).
/// </summary>
public sealed class OfferedPersonFollowUpTests : IDisposable
{
    private const string Fire = """
        Two Held Over Marlo Depot Fire

        MARLO — Police in Marlo arrested two men on Monday over a fire that destroyed the town's bus depot.
        A lawyer for one of the suspects, Ann Roe, said her client, a 34-year-old driver, had been at home all night.
        A lawyer for the other suspect, Eva Lind, said her client would plead not guilty.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Fire));

    [Fact]
    public async Task She_after_offered_people_means_the_first_one_offered()
    {
        Assert.Contains("Several answers fit", await _bot.AskAsync("a", "who is the lawyer for one of the suspects"));

        var reply = await _bot.AskAsync("a", "how old is her client");

        Assert.Contains("34", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
