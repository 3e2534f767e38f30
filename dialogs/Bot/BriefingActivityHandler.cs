using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BriefingBot.Dialogs.Bot;

/// <summary>
/// The bot: welcomes people who join and hands every message to the conversation layer,
/// then saves conversation and user state.
/// </summary>
public sealed class BriefingActivityHandler : ActivityHandler
{
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;

    /// <summary>Creates the bot.</summary>
    public BriefingActivityHandler(ConversationState conversationState, UserState userState)
    {
        _conversationState = conversationState;
        _userState = userState;
    }

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await SendWelcomeAsync(turnContext, cancellationToken);
        }
    }

    /// <inheritdoc />
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
        => turnContext.Activity.Name == "webchat/join"
            ? SendWelcomeAsync(turnContext, cancellationToken)
            : base.OnEventActivityAsync(turnContext, cancellationToken);

    private static Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => turnContext.SendActivityAsync(
            "Hello! I answer questions about your briefings, each answer with the sentence it came from. "
            + "Try \"What does the briefing cover?\" or \"What is the latest?\"",
            cancellationToken: cancellationToken);

    /// <inheritdoc />
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Recipient is not null) turnContext.Activity.RemoveRecipientMention();
        return turnContext.SendActivityAsync($"You asked: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
    }
}
