using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BriefingBot.Benchmarks.Http;

/// <summary>The Bot Framework floor: echoes each message back as text, nothing else.</summary>
public sealed class EchoBot : ActivityHandler
{
    /// <inheritdoc />
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
}
