using System.Threading.RateLimiting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BriefingBot.Middleware;

/// <summary>
/// Per-conversation rate limit (<c>Bot:RateLimit:PermitsPerMinute</c>, sliding one-minute window) on messages,
/// with a polite reply instead of an answer when a conversation goes over it. It runs as adapter middleware,
/// not as ASP.NET Core's rate-limiting middleware, because the partition key (the conversation id) is inside the
/// activity and the answer must be a reply in the conversation: a bare HTTP 429 shows the user nothing, and
/// Direct Line requests reach the adapter by another route.
/// </summary>
public sealed class ConversationRateLimitMiddleware : Microsoft.Bot.Builder.IMiddleware, IDisposable
{
    /// <summary>The reply to a message over the limit.</summary>
    public const string Reply = "You're sending messages faster than I can read them. Please wait a moment, then ask again.";

    private readonly PartitionedRateLimiter<string>? _limiter;

    /// <summary>Creates the middleware; a limit of 0 or less turns it off.</summary>
    public ConversationRateLimitMiddleware(IOptions<BotLimitsOptions> limits)
    {
        var permits = limits.Value.RateLimit.PermitsPerMinute;
        if (permits <= 0) return;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversation => RateLimitPartition.GetSlidingWindowLimiter(
            conversation,
            _ => new SlidingWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0 }));
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (_limiter == null || activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        using var lease = _limiter.AttemptAcquire($"{activity.ChannelId}/{activity.Conversation?.Id}");
        if (lease.IsAcquired)
        {
            await next(cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(Reply, cancellationToken: cancellationToken);
    }

    /// <summary>Stops the limiter's replenishment timer.</summary>
    public void Dispose() => _limiter?.Dispose();
}
