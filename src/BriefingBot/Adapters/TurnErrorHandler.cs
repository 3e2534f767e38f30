using Microsoft.Bot.Builder;

namespace BriefingBot.Adapters;

/// <summary>
/// What happens when a turn throws: the error is logged, the user gets an apology, and the conversation's
/// state is cleared so a broken conversation can start over. Each step survives the failure of the one before.
/// </summary>
public sealed class TurnErrorHandler
{
    /// <summary>The apology the user sees.</summary>
    public const string Apology = "Sorry, something went wrong on my side while answering. I have reset our conversation; please ask again.";

    private readonly ConversationState _conversationState;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    public TurnErrorHandler(ConversationState conversationState, ILogger logger)
    {
        _conversationState = conversationState;
        _logger = logger;
    }

    /// <summary>Handles one failed turn; fits <see cref="BotAdapter.OnTurnError"/>.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        _logger.LogError(exception, "Unhandled error in turn {ActivityId} of conversation {ConversationId}",
            turnContext.Activity?.Id, turnContext.Activity?.Conversation?.Id);
        await TryAsync(() => turnContext.SendActivityAsync(Apology), "Could not send the apology");
        await TryAsync(() => _conversationState.DeleteAsync(turnContext), "Could not clear the conversation state");
    }

    private async Task TryAsync(Func<Task> step, string failure)
    {
        try
        {
            await step();
        }
        catch (Exception e)
        {
            _logger.LogError(e, "{Failure}", failure);
        }
    }
}
