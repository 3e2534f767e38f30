using BriefingBot.Host.Tests.Infrastructure;
using BriefingBot.Host.Tests.State;

namespace BriefingBot.Host.Tests.Faults;

/// <summary>Damaged or unwritable stores and missing articles: the host starts and the bot answers (or says why not).</summary>
public sealed class StoreFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task With_a_corrupt_state_file_the_host_keeps_it_aside_and_conversations_work()
    {
        var state = _folder.PathOf("state.db");
        await File.WriteAllBytesAsync(state, Enumerable.Repeat((byte)0xA5, 40_000).ToArray());

        await using var bot = await RunningBot.StartAsync(("State:StorePath", state), ("Knowledge:StorePath", _folder.PathOf("briefing.db")));
        await bot.AskAsync(BriefingQuestions.WhoIsKelly, "conv-corrupt-state");
        var replies = await bot.AskAsync(BriefingQuestions.WhatDidHeWarnAbout, "conv-corrupt-state");

        Assert.StartsWith(BriefingQuestions.KellyWarned, (string?)replies[0]["text"]);
        Assert.Single(Directory.GetFiles(_folder.Path, "state.db.corrupt-*"));
    }

    [Fact]
    public async Task With_a_corrupt_knowledge_store_the_host_rebuilds_it_from_the_articles_and_answers()
    {
        var knowledge = _folder.PathOf("briefing.db");
        await File.WriteAllBytesAsync(knowledge, Enumerable.Repeat((byte)0x5A, 40_000).ToArray());

        await using var bot = await RunningBot.StartAsync(("Knowledge:StorePath", knowledge));
        var replies = await bot.AskAsync(BriefingQuestions.WhoIsKelly, "conv-corrupt-knowledge");

        Assert.StartsWith(BriefingQuestions.KellyIs, (string?)replies[0]["text"]);
    }

    [Fact]
    public async Task With_read_only_data_folders_the_host_answers_and_keeps_follow_ups_in_memory()
    {
        var data = Unwritable.StorePath(_folder);

        await using var bot = await RunningBot.StartAsync(
            ("State:StorePath", data), ("Knowledge:StorePath", Path.Combine(Path.GetDirectoryName(data)!, "briefing.db")));
        await bot.AskAsync(BriefingQuestions.WhoIsKelly, "conv-read-only");
        var replies = await bot.AskAsync(BriefingQuestions.WhatDidHeWarnAbout, "conv-read-only");

        Assert.StartsWith(BriefingQuestions.KellyWarned, (string?)replies[0]["text"]);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    public async Task Without_articles_the_bot_says_that_no_briefing_is_loaded(string articles)
    {
        var folder = _folder.PathOf("articles");
        if (articles == "empty") Directory.CreateDirectory(folder);

        await using var bot = await RunningBot.StartAsync(("Knowledge:ArticlesPath", folder), ("Knowledge:StorePath", _folder.PathOf("briefing.db")));
        var replies = await bot.AskAsync(BriefingQuestions.WhoIsKelly, "conv-no-articles");

        Assert.Contains(BriefingQuestions.NoBriefing, (string?)replies[0]["text"]);
    }
}
