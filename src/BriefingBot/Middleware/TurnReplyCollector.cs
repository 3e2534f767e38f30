using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BriefingBot.Middleware;

/// <summary>
/// Collects what an in-process turn sends, from the very start of the adapter's pipeline, so the replies of
/// middleware that ends a turn early (the length and rate limits) are collected as well as the bot's.
/// Registered as the first adapter middleware; Direct Line runs its turns through <see cref="CollectAsync"/>.
/// </summary>
public sealed class TurnReplyCollector : Microsoft.Bot.Builder.IMiddleware
{
    // Keyed by the activity object itself: the adapter's turn context carries the very instance given to it.
    private readonly ConcurrentDictionary<Activity, List<Activity>> _collecting = new(ReferenceEqualityComparer.Instance);

    /// <summary>Runs <paramref name="runTurn"/> for <paramref name="activity"/> and returns everything the turn sent, in order.</summary>
    public async Task<IReadOnlyList<Activity>> CollectAsync(Activity activity, Func<Task> runTurn)
    {
        var sent = new List<Activity>();
        _collecting[activity] = sent;
        try
        {
            await runTurn();
        }
        finally
        {
            _collecting.TryRemove(activity, out _);
        }

        lock (sent) return sent.ToList();
    }

    /// <inheritdoc />
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (_collecting.TryGetValue(turnContext.Activity, out var sent))
        {
            turnContext.OnSendActivities(async (_, activities, nextSend) =>
            {
                var responses = await nextSend();
                lock (sent) sent.AddRange(activities);
                return responses;
            });
        }

        return next(cancellationToken);
    }
}
