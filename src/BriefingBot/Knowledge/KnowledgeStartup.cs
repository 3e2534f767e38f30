using BriefingBot.Knowledge.Query;

namespace BriefingBot.Knowledge;

/// <summary>Loads the knowledge (building the store if needed, warming Recognizers) before the first request.</summary>
public sealed class KnowledgeStartup : IHostedService
{
    private readonly IServiceProvider _services;

    /// <summary>Creates the startup task.</summary>
    public KnowledgeStartup(IServiceProvider services) => _services = services;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = _services.GetRequiredService<IBriefingKnowledge>();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
