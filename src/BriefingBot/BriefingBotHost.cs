using BriefingBot.Adapters;
using BriefingBot.Dialogs.Routing;
using BriefingBot.DirectLine;
using BriefingBot.Http;
using BriefingBot.WebChat;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace BriefingBot;

/// <summary>Builds the web host: configuration, services and HTTP routes.</summary>
public static class BriefingBotHost
{
    /// <summary>The Bot Framework Emulator's conventional address, used when no URL is configured.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Builds the application from command-line arguments (standard ASP.NET Core configuration).
    /// <paramref name="overrideServices"/> runs after the bot's registrations, so tests and benchmarks can swap a part
    /// (e.g. the <see cref="IBot"/>) while keeping the host, adapter and settings exactly as shipped.
    /// </summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? overrideServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddBriefingBot(builder.Configuration, builder.Environment);
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.Services.GetRequiredService<IStorage>(); // open (or recover) the state store at startup, not on the first message
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<DialogRouter>()); // load the question recognizers before the first user
        MapRoutes(app);
        return app;
    }

    private static void MapRoutes(WebApplication app)
    {
        app.UseWebChatPage();
        app.MapDirectLine();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot)
                => adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted))
            .AddEndpointFilter<MessagesRequestGuard>();
    }
}
