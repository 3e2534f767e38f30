using BriefingBot.DirectLine;
using Microsoft.Bot.Schema;

namespace BriefingBot.Host.Tests.DirectLine;

public sealed class DirectLineConversationTests
{
    [Fact]
    public void Activities_beyond_the_retention_window_are_dropped_but_watermarks_keep_counting()
    {
        var conversation = new DirectLineConversation("c1", capacity: 10, DateTimeOffset.UtcNow);

        for (var i = 0; i < 15; i++) conversation.Append(new Activity { Type = "message", Text = $"m{i}" });
        var (all, watermark) = conversation.ReadFrom(0);
        var (tail, _) = conversation.ReadFrom(13);

        Assert.Equal(15, watermark);
        Assert.Equal(Enumerable.Range(5, 10).Select(i => $"m{i}"), all.Select(a => a.Text));
        Assert.Equal("c1|0000005", all[0].Id);
        Assert.Equal(new[] { "m13", "m14" }, tail.Select(a => a.Text));
    }

    [Fact]
    public void A_watermark_past_the_end_returns_nothing_and_the_current_end()
    {
        var conversation = new DirectLineConversation("c1", capacity: 10, DateTimeOffset.UtcNow);
        conversation.Append(new Activity { Type = "message" });

        var (activities, watermark) = conversation.ReadFrom(99);

        Assert.Empty(activities);
        Assert.Equal(1, watermark);
    }
}
