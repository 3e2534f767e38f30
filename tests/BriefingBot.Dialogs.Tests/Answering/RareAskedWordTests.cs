using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A topic word of a "what did X say about Y" question weighs as rare as it is, not as its commonest synonym.</summary>
public sealed class RareAskedWordTests : IDisposable
{
    private const string Article = """
        Peace Envoy Visits Dovre Valley

        Envoy Mara Lind arrived in Dovre on Monday.
        Local officials told reporters the roads were closed.
        Farmers told the envoy that prices had risen.
        A teacher told her that the school had no heating.
        Lind said, "The discussions have started and both sides want an end to the fighting."
        Lind said the northern group had lost many fighters.
        The group controls three villages.
        Talks are expected to resume next week.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Article));

    [Fact]
    public async Task A_rare_asked_word_met_by_its_synonym_outweighs_a_commoner_one()
    {
        Assert.Contains("discussions have started", await _bot.AskAsync("a", "what did Lind say about the talks between the groups"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
