using BriefingBot.Host.Tests.Infrastructure;
using BriefingBot.Host.Tests.State;

namespace BriefingBot.Host.Tests.Faults;

public sealed class RestartTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (string, string)[] Stores() =>
        [("State:StorePath", _folder.PathOf("state.db")), ("Knowledge:StorePath", _folder.PathOf("briefing.db"))];

    [Fact]
    public async Task A_follow_up_asked_after_a_restart_resolves_to_the_subject_asked_before_it()
    {
        await using (var before = await RunningBot.StartAsync(Stores()))
        {
            await before.AskAsync(BriefingQuestions.WhoIsKelly, "conv-restart");
        }

        await using var after = await RunningBot.StartAsync(Stores());
        var replies = await after.AskAsync(BriefingQuestions.WhatDidHeWarnAbout, "conv-restart");

        Assert.StartsWith(BriefingQuestions.KellyWarned, (string?)replies[0]["text"]);
    }

    [Fact]
    public async Task Without_the_earlier_question_the_same_follow_up_does_not_resolve_to_that_subject()
    {
        await using var bot = await RunningBot.StartAsync(Stores());

        var replies = await bot.AskAsync(BriefingQuestions.WhatDidHeWarnAbout, "conv-no-history");

        Assert.False(((string?)replies[0]["text"])!.StartsWith(BriefingQuestions.KellyWarned));
    }
}
