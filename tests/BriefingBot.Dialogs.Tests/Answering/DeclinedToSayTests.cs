using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Does he think …?" of someone who "declined to say whether" it is so: that is what the briefing tells of him; the
/// same refusal by someone else leaves a question about a third party open. Over an invented article.
/// </summary>
public sealed class DeclinedToSayTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Fishing Nets Cut at Harbour of Solmar, Coast Watch Investigates

        SOLMAR — Dozens of fishing nets were cut overnight at the harbour of Solmar, the Coast Watch said on Monday.

        Aron Velt, who speaks for the Coast Watch, declined to say whether he believed a rival fleet was behind the cut nets.
        Mayor Lina Osk told a town meeting that nobody had been compensated, and refused to say whether an insurer would step in.
        """));

    [Fact]
    public async Task A_view_asked_of_the_one_who_declined_to_say_is_answered_with_his_refusal()
    {
        Assert.Contains("Aron Velt", await _bot.AskAsync("a", "who is aron velt"));
        var reply = await _bot.AskAsync("a", "does he think a rival fleet is behind it");
        Assert.Contains("declined to say", reply);
        Assert.DoesNotContain("not cover", reply);
    }

    [Fact]
    public async Task A_question_about_someone_else_stays_open()
    {
        Assert.Contains("not cover", await _bot.AskAsync("b", "will an insurer step in over the solmar nets"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
