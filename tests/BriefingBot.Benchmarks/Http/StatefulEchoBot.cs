using BriefingBot.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BriefingBot.Benchmarks.Http;

/// <summary>
/// The echo bot that also loads and saves the conversation's memory through ConversationState on the host's store,
/// as BriefingBot does every turn: the ceiling for any bot that keeps conversation state in that store.
/// </summary>
public sealed class StatefulEchoBot(ConversationState conversationState) : ActivityHandler
{
    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var memory = await conversationState.CreateProperty<ConversationMemory>(nameof(ConversationMemory))
            .GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        memory.LastQuestion = turnContext.Activity.Text;
        await turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
    }
}
