using BriefingBot.Adapters;
using BriefingBot.Dialogs;
using BriefingBot.DirectLine;
using BriefingBot.Dialogs.Bot;
using BriefingBot.Knowledge;
using BriefingBot.Middleware;
using BriefingBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace BriefingBot;

/// <summary>The composition root: which implementation serves each part of the bot.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers the adapter, state, knowledge and the bot.</summary>
    public static IServiceCollection AddBriefingBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<BotLimitsOptions>(configuration.GetSection(BotLimitsOptions.Section));
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new FailClosedAuthentication(
            new ConfigurationBotFrameworkAuthentication(configuration, httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>()),
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<BotLimitsOptions>>().Value.AuthenticationTimeoutSeconds),
            sp.GetRequiredService<ILogger<FailClosedAuthentication>>()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StateStorageFactory>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<StateStorageFactory>()
            .Open(StateStorageFactory.ResolvePath(configuration, environment)));
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<TurnReplyCollector>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => sp.GetRequiredService<TurnReplyCollector>());
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ConversationRateLimitMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, MessageLengthMiddleware>();
        services.AddSingleton<BriefingBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<BriefingBotAdapter>());
        services.AddBriefingKnowledge(configuration, environment);
        services.AddBriefingDialogs(configuration);
        services.AddTransient<IBot, BriefingActivityHandler>();
        services.AddDirectLine(configuration);
        return services;
    }
}
