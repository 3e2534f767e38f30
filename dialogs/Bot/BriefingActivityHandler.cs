using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BriefingBot.Dialogs.Bot;

/// <summary>
/// The bot: welcomes people who join and hands every message to the dialog router, then sends the reply
/// as text plus an Adaptive Card and saves the conversation's memory.
/// </summary>
public sealed class BriefingActivityHandler : ActivityHandler
{
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly DialogRouter _router;
    private readonly SuggestionMaker _suggestions;

    /// <summary>Creates the bot.</summary>
    public BriefingActivityHandler(ConversationState conversationState, UserState userState, DialogRouter router, SuggestionMaker suggestions)
    {
        _conversationState = conversationState;
        _userState = userState;
        _router = router;
        _suggestions = suggestions;
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
            await turnContext.SendActivityAsync(ActivityFor(Welcome()), cancellationToken);
        }
    }

    /// <inheritdoc />
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
        => turnContext.Activity.Name == "webchat/join"
            ? turnContext.SendActivityAsync(ActivityFor(Welcome()), cancellationToken)
            : base.OnEventActivityAsync(turnContext, cancellationToken);

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        RemoveMentionOfBot(turnContext.Activity);
        var memoryAccessor = _conversationState.CreateProperty<ConversationMemory>(nameof(ConversationMemory));
        var memory = await memoryAccessor.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        var reply = _router.Route(turnContext.Activity.Text ?? "", memory);
        await turnContext.SendActivityAsync(ActivityFor(reply), cancellationToken);
    }

    /// <summary>
    /// Removes "&lt;at&gt;BriefingBot&lt;/at&gt;" that Teams puts in channel messages. Does what the SDK's
    /// RemoveRecipientMention does, but a null or incomplete mention entity is skipped instead of throwing.
    /// </summary>
    private static void RemoveMentionOfBot(IMessageActivity activity)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.Text is null || activity.Entities is null) return;
        foreach (var entity in activity.Entities.Where(e => e?.Type == "mention"))
        {
            var mention = entity.GetAs<Mention>();
            if (mention?.Mentioned?.Id == botId && !string.IsNullOrEmpty(mention.Text)) activity.Text = activity.Text.Replace(mention.Text, "").Trim();
        }
    }

    private BotReply Welcome()
    {
        var examples = _suggestions.Suggest(2);
        var headline = "Hello, I'm BriefingBot. I answer questions about your briefings, each answer with the sentence it came from. "
            + $"Try {string.Join(" or ", (examples.Count > 0 ? examples : new[] { "What does the briefing cover?", "Brief me" }).Select(e => $"\u201C{e}\u201D"))}.";
        return new BotReply(ReplyKind.Information, headline) { SuggestedActions = examples };
    }

    private static IActivity ActivityFor(BotReply reply)
    {
        var activity = MessageFactory.Text(ReplyFormatter.ToText(reply), reply.Headline);
        if (reply.Citations.Count > 0 || reply.Details.Count > 0) activity.Attachments = new List<Attachment> { AdaptiveCardBuilder.Build(reply) };
        if (reply.SuggestedActions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = reply.SuggestedActions.Select(a => new CardAction(ActionTypes.ImBack, a, value: a)).ToList(),
            };
        }

        return activity;
    }
}
