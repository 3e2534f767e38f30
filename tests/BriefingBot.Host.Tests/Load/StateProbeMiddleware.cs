using BriefingBot.Adapters;
using BriefingBot.Host.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Tests.Load;

/// <summary>
/// Test-only adapter middleware that keeps a probe in each conversation's state — which conversation it
/// belongs to and how many turns it has seen — saved through the real store on every turn. A probe loaded
/// into another conversation's turn is crossed state; a count below the turns sent is lost state.
/// </summary>
public sealed class StateProbeMiddleware : IMiddleware
{
    private readonly ConversationState _state;
    private readonly IStatePropertyAccessor<Probe> _probe;
    private int _crossed;

    public StateProbeMiddleware(ConversationState state)
    {
        _state = state;
        _probe = state.CreateProperty<Probe>("reliability.probe");
    }

    public int Crossed => Volatile.Read(ref _crossed);

    /// <summary>Starts a host without a rate limit and puts a probe on its adapter.</summary>
    public static async Task<(RunningBot Bot, StateProbeMiddleware Probe)> StartProbedBotAsync()
    {
        var bot = await RunningBot.StartAsync(("Bot:RateLimit:PermitsPerMinute", "0"));
        var probe = new StateProbeMiddleware(bot.Services.GetRequiredService<ConversationState>());
        bot.Services.GetRequiredService<BriefingBotAdapter>().Use(probe);
        return (bot, probe);
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var conversationId = turnContext.Activity.Conversation.Id;
        var probe = await _probe.GetAsync(turnContext, () => new Probe { Owner = conversationId }, cancellationToken);
        if (probe.Owner != conversationId) Interlocked.Increment(ref _crossed);
        probe.Turns++;
        await next(cancellationToken);
        await _state.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <summary>The probe as stored by <see cref="ConversationState"/>.</summary>
    public static async Task<Probe?> ReadAsync(IStorage storage, string channelId, string conversationId)
    {
        var key = $"{channelId}/conversations/{conversationId}";
        var found = await storage.ReadAsync([key]);
        return found.TryGetValue(key, out var state) && state is IDictionary<string, object> properties
            && properties.TryGetValue("reliability.probe", out var probe) ? probe as Probe : null;
    }

    public sealed class Probe
    {
        public string Owner { get; set; } = "";

        public int Turns { get; set; }
    }
}
