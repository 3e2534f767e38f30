using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Dialogs;

/// <summary>After "Ann Roe or Bo Lind?", a reply describing one of them by role picks that one (invented article).</summary>
public sealed class ChoiceDescriptionsTests : IDisposable
{
    private const string Flood = """
        Storm Floods Tarnby Harbour

        TARNBY — A storm flooded the harbour of Tarnby on Monday and closed its docks for two days.
        "The water came faster than in any storm I remember," Harbour Director Ann Roe said.
        "The state will pay for every metre of the broken quay walls," Finance Director Bo Lind said.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Flood));

    [Fact]
    public async Task A_reply_naming_a_word_of_one_role_picks_that_person()
    {
        Assert.Contains("Several answers fit", await _bot.AskAsync("a", "what did the director say about the flood"));

        var reply = await _bot.AskAsync("a", "the harbour one");

        Assert.Contains("water came faster", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
