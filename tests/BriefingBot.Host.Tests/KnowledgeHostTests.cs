using BriefingBot.Host.Tests.Infrastructure;
using BriefingBot.Knowledge.Query;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Tests;

public sealed class KnowledgeHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-host-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_host_builds_the_store_from_the_bundled_article_at_startup()
    {
        var store = Path.Combine(_folder, "store", "briefing.db");

        await using var bot = await RunningBot.StartAsync(("Knowledge:StorePath", store));

        var knowledge = bot.Services.GetRequiredService<IBriefingKnowledge>();
        Assert.False(knowledge.IsEmpty);
        Assert.NotEmpty(knowledge.Statements);
        Assert.True(File.Exists(store));
    }

    [Fact]
    public async Task A_missing_articles_folder_still_starts_the_host_with_an_empty_briefing()
    {
        await using var bot = await RunningBot.StartAsync(
            ("Knowledge:ArticlesPath", Path.Combine(_folder, "nowhere")), ("Knowledge:StorePath", Path.Combine(_folder, "b.db")));

        var knowledge = bot.Services.GetRequiredService<IBriefingKnowledge>();
        Assert.True(knowledge.IsEmpty);
        using var response = await bot.Http.GetAsync("/healthz");
        Assert.True(response.IsSuccessStatusCode);
    }
}
