using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace BriefingBot.Adapters;

/// <summary>
/// The Bot Framework adapter with one constructor (CloudAdapter's two are ambiguous for DI), the guard
/// middleware, and <see cref="TurnErrorHandler"/> for turns that throw.
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

        OnTurnError = new TurnErrorHandler(conversationState, logger).HandleAsync;
    }
}
