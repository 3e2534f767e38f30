namespace BriefingBot.Host.Tests.Infrastructure;

/// <summary>One host shared by the tests of a class (rate limit off, since they all talk to it at once).</summary>
public sealed class RunningBotFixture : IAsyncLifetime
{
    /// <summary>The host.</summary>
    public RunningBot Bot { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Bot = await RunningBot.StartAsync(("Bot:RateLimit:PermitsPerMinute", "0"));

    /// <inheritdoc />
    public async Task DisposeAsync() => await Bot.DisposeAsync();
}
