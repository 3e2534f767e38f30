using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Why-questions over an invented article: which wordings of "due to", initials and the noun "reason" give the reason.</summary>
public sealed class ReasonWordingTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Council Guards Town Hall

        The Tarnby council hired extra guards to protect the new library that the mayor was due to open on Saturday.
        The ferry service to Brenmoor was cancelled due to heavy fog.
        The harbour police opened an inquiry because Ada V. had sold pilot licences to strangers.
        """));

    [Fact]
    public async Task Due_to_before_a_verb_says_what_is_planned_not_why()
    {
        var reply = await _bot.AskAsync("a", "why did the tarnby council hire extra guards");

        Assert.DoesNotContain("Due to open", reply);
        Assert.Contains("To protect the new library", reply);
    }

    [Fact]
    public async Task Due_to_before_a_noun_phrase_is_a_cause()
    {
        Assert.Contains("Due to heavy fog", await _bot.AskAsync("b", "why was the ferry service to brenmoor cancelled"));
    }

    [Fact]
    public async Task The_period_of_a_name_initial_does_not_end_the_reason()
    {
        var answer = (await _bot.AskAsync("c", "why did the harbour police open an inquiry")).Split('>')[0];

        Assert.Contains("sold pilot licences", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
