using System.Security.Claims;
using BriefingBot.Middleware;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace BriefingBot.DirectLine;

/// <summary>
/// Runs a Direct Line activity through the SAME adapter and bot as <c>/api/messages</c>, in process: the activity
/// carries <c>deliveryMode: expectReplies</c>, so the bot's replies are buffered in the turn instead of being sent
/// to a channel, and are returned here. The adapter's pipeline (middleware, error handler) runs as for any turn.
/// </summary>
public sealed class DirectLineBotBridge
{
    private readonly BotAdapter _adapter;
    private readonly TurnReplyCollector _replies;
    private readonly string? _appId;

    /// <summary>Creates the bridge over the host's adapter.</summary>
    public DirectLineBotBridge(IBotFrameworkHttpAdapter adapter, TurnReplyCollector replies, IConfiguration configuration)
    {
        _adapter = adapter as BotAdapter ?? throw new InvalidOperationException("The host's adapter must be a Bot Framework BotAdapter.");
        _replies = replies;
        _appId = configuration["MicrosoftAppId"];
    }

    /// <summary>Runs one turn for <paramref name="activity"/> and returns what was sent, in order (middleware replies included).</summary>
    public Task<IReadOnlyList<Activity>> RunTurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return _replies.CollectAsync(activity, () => _adapter.ContinueConversationAsync(Identity(), activity, bot.OnTurnAsync, cancellationToken));
    }

    // The turn comes from inside the host, not from a channel: with an app id configured the identity names the
    // bot itself (as CloudAdapter does for proactive turns); without one it is anonymous, like the Emulator.
    private ClaimsIdentity Identity() => string.IsNullOrEmpty(_appId)
        ? new ClaimsIdentity(Array.Empty<Claim>(), AuthenticationConstants.AnonymousAuthType)
        : new ClaimsIdentity(new[]
        {
            new Claim(AuthenticationConstants.AudienceClaim, _appId),
            new Claim(AuthenticationConstants.AppIdClaim, _appId),
        });
}
