using BriefingBot.Host.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Tests.Load;

public sealed class LongConversationTests : IAsyncLifetime
{
    private const int Turns = 1000;
    private StateProbeMiddleware _probe = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        (_bot, _probe) = await StateProbeMiddleware.StartProbedBotAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_thousand_turns_in_one_conversation_are_all_answered_and_its_state_stays_readable()
    {
        var unanswered = new List<int>();

        for (var turn = 0; turn < Turns; turn++)
        {
            var replies = await _bot.AskAsync($"question number {turn}?", "conv-thousand");
            if (!replies.Any(r => !string.IsNullOrWhiteSpace((string?)r["text"]))) unanswered.Add(turn);
        }

        Assert.Empty(unanswered);
        var probe = await StateProbeMiddleware.ReadAsync(_bot.Services.GetRequiredService<IStorage>(), "emulator", "conv-thousand");
        Assert.Equal(Turns, probe?.Turns);
        Assert.NotEmpty(await _bot.AskAsync("and one more", "conv-thousand"));
    }
}
