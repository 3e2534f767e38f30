using Microsoft.Bot.Builder;

namespace BriefingBot.Host.Tests.Security;

/// <summary>Counts the turns that reach the adapter's middleware pipeline, i.e. bot code.</summary>
public sealed class CountingMiddleware : IMiddleware
{
    private int _turns;

    public int Turns => Volatile.Read(ref _turns);

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _turns);
        return next(cancellationToken);
    }
}
