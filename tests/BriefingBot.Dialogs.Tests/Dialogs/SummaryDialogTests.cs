using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Dialogs;

/// <summary>"Brief me" over more articles than the summary quotes still names every article of the briefing.</summary>
public sealed class SummaryDialogTests : IDisposable
{
    private static readonly string[] Towns =
    [
        "Arnby", "Belfor", "Corvale", "Dunmere", "Eskton", "Falwick", "Garrow", "Holmby", "Istead", "Jarlow",
        "Kelvet", "Lunmoor", "Mossdale", "Northam", "Oakridge", "Pellow", "Quarton", "Redmarsh",
    ];

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Towns.Select(town => $"""
        Bridge Closed in {town} After Engineers Find a Long Crack Under the Main Span of the Old River Crossing

        {town.ToUpperInvariant()} — Engineers closed the river bridge in {town} on Monday after finding a crack, the council said.
        """).ToArray()));

    [Fact]
    public async Task A_briefing_of_more_articles_than_the_summary_quotes_names_the_others_by_title()
    {
        var reply = await _bot.AskAsync("summary", "brief me");

        Assert.All(Towns, town => Assert.Contains($"Bridge Closed in {town} After", reply));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
