using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace BriefingBot.Adapters;

/// <summary>
/// The Bot Framework adapter with one constructor (CloudAdapter's two are ambiguous for DI) and an
/// error handler that logs, apologises to the user and clears the conversation's state so a broken
/// conversation can start over.
/// </summary>
public sealed class BriefingBotAdapter : CloudAdapter
{
    /// <summary>Creates the adapter; <paramref name="middleware"/> runs on every turn, in registration order.</summary>
    public BriefingBotAdapter(
        BotFrameworkAuthentication authentication,
        ILogger<BriefingBotAdapter> logger,
        ConversationState conversationState,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware)
        : base(authentication, logger)
    {
        foreach (var guard in middleware)
        {
            Use(guard);
        }

        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Unhandled error in turn {ActivityId} of conversation {ConversationId}",
                turnContext.Activity?.Id, turnContext.Activity?.Conversation?.Id);
            await SendApologyAsync(turnContext, logger);
            await ClearConversationStateAsync(turnContext, conversationState, logger);
        };
    }

    private static async Task SendApologyAsync(ITurnContext turnContext, ILogger logger)
    {
        try
        {
            await turnContext.SendActivityAsync(
                "Sorry, something went wrong on my side while answering. I have reset our conversation; please ask again.");
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not send the apology");
        }
    }

    private static async Task ClearConversationStateAsync(ITurnContext turnContext, ConversationState state, ILogger logger)
    {
        try
        {
            await state.DeleteAsync(turnContext);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not clear the conversation state");
        }
    }
}
