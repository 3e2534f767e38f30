using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.DirectLine;

/// <summary>Registers the built-in Direct Line endpoint's services.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>Adds the options (section <c>DirectLine</c>, validated at start), conversations, tokens and the bridge to the bot.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<DirectLineBotBridge>();
        return services;
    }
}
