using BriefingBot.Adapters;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Host.Tests.Adapters;

public sealed class TurnErrorHandlerTests
{
    [Fact]
    public async Task A_turn_that_throws_gets_an_apology_and_its_conversation_state_is_cleared()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var counter = state.CreateProperty<int>("turns");
        var adapter = new TestAdapter(TestAdapter.CreateConversation("broken"));
        adapter.OnTurnError = new TurnErrorHandler(state, NullLogger.Instance).HandleAsync;

        await adapter.SendTextToBotAsync("first", async (turn, ct) =>
        {
            await counter.SetAsync(turn, 1, ct);
            await state.SaveChangesAsync(turn, cancellationToken: ct);
        }, CancellationToken.None);
        await adapter.SendTextToBotAsync("second", async (turn, ct) =>
        {
            await state.LoadAsync(turn, cancellationToken: ct);
            throw new InvalidOperationException("boom");
        }, CancellationToken.None);

        var apology = (IMessageActivity)adapter.GetNextReply();
        Assert.Equal(TurnErrorHandler.Apology, apology.Text);
        var after = -1;
        await adapter.SendTextToBotAsync("third", async (turn, ct) => after = await counter.GetAsync(turn, () => 0, ct), CancellationToken.None);
        Assert.Equal(0, after);
    }
}
