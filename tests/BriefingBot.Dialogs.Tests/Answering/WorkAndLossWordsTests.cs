using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Questions asking in everyday words what an invented article says in others: people working somewhere are employed, losses are a cost.</summary>
public sealed class WorkAndLossWordsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Storm Shuts Velka Harbour for Three Days

        VELKA — A storm closed Velka Harbour for three days this week, the port authority said on Friday.
        Tarn Dockworks, a shipyard on the harbour, employs about 800 people.
        Harbour Director Ann Lind put the cost to the port and its shipping lines at about 2 million euros.
        Lind said the harbour would reopen on Monday.
        """));

    [Fact]
    public async Task People_who_work_somewhere_are_the_people_it_employs()
    {
        Assert.Contains("800", await _bot.AnswerAsync("how many people work at tarn dockworks"));
    }

    [Fact]
    public async Task The_losses_someone_put_a_figure_on_are_the_cost()
    {
        Assert.Contains("Ann Lind", await _bot.AskAsync("a", "who is ann lind"));
        Assert.Contains("2 million", await _bot.AskAsync("a", "what did she put the losses at"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
