using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Store;

namespace BriefingBot.Knowledge;

/// <summary>Registers the briefing knowledge: options, the store (built at startup when needed) and the query API.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IBriefingKnowledge"/> as a singleton loaded at startup from `Knowledge:*` configuration.</summary>
    public static IServiceCollection AddBriefingKnowledge(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = (configuration.GetSection("Knowledge").Get<KnowledgeOptions>() ?? new KnowledgeOptions()).Resolve(environment.ContentRootPath);
        services.AddSingleton(options);
        services.AddSingleton<IBriefingKnowledge>(sp => Load(options, sp.GetRequiredService<ILoggerFactory>().CreateLogger("BriefingBot.Knowledge")));
        services.AddHostedService<KnowledgeStartup>();
        return services;
    }

    private static IBriefingKnowledge Load(KnowledgeOptions options, ILogger logger)
    {
        // No Recognizers warm-up here: answering never uses them and loading a store on disk does not either, so they are
        // loaded only when the store is (re)built, which happens here at startup anyway. Warming them always cost about
        // 70 MB of RSS and most of a second before the first answer (see README, Performance).
        var outcome = new KnowledgeStore(logger).Ensure(options.ArticlesPath, options.StorePath);
        return new BriefingKnowledge(outcome.Knowledge);
    }
}
