using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "When does the trial start" asks for a date still to come: how long something has gone on ("since 2004") and a day
/// already over do not answer it, and a "since" met for "start" says nothing of a coming start (invented article, published 1 March 2024).
/// </summary>
public sealed class ComingBeginningTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Printer Held Over Forged Passports

        TARNBY — Police in Tarnby have arrested a printer accused of making forged passports.
        He has run a print shop in the old town since 2004, neighbours said.
        Officers searched the shop on Tuesday and seized two printers.
        Ferries to Tarnpol, which the port has run since 2011, will resume on Monday.
        """));

    [Fact]
    public async Task How_long_something_has_gone_on_does_not_say_when_it_starts()
    {
        Assert.DoesNotContain("2004", await _bot.AnswerAsync("when does the trial start?"));
    }

    [Fact]
    public async Task Something_else_resuming_in_a_sentence_that_says_since_is_not_the_start_asked_about()
    {
        var reply = await _bot.AskAsync("a", "when does the trial start?");
        Assert.True(reply.Contains("does not cover"), reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
