using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BriefingBot.Middleware;

/// <summary>
/// Turns away a message longer than <c>Bot:MaxMessageLength</c> with a polite reply before any bot code reads it.
/// The reply never repeats the message.
/// </summary>
public sealed class MessageLengthMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly int _maxLength;

    /// <summary>Creates the middleware.</summary>
    public MessageLengthMiddleware(IOptions<BotLimitsOptions> limits) => _maxLength = limits.Value.MaxMessageLength;

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var length = turnContext.Activity.Type == ActivityTypes.Message ? turnContext.Activity.Text?.Length ?? 0 : 0;
        if (length <= _maxLength)
        {
            await next(cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(
            $"That message is too long for me to read ({length:N0} characters; I read up to {_maxLength:N0}). "
            + "Please ask one short question at a time.",
            cancellationToken: cancellationToken);
    }
}
