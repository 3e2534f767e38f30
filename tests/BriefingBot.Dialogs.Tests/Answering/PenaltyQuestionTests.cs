using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A question about someone's "sentence" is answered by the sentence stating the punishment, which may say "faces up to
/// N years in prison" or "is serving N years" and never the word "sentence" (invented article).
/// </summary>
public sealed class PenaltyQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Clerk Charged With Leaking Harbour Plans

        TARNBY — Prosecutors in Tarnby have charged a harbour clerk, identified only as Ivo R., with selling plans of the new quay, officials said on Monday.
        The plans were sold to a shipping broker for about 40,000 euros.
        Police said the broker, Oskar Lind, is serving nine years for an earlier fraud.
        If convicted of bribery and theft, Ivo R. faces up to seven years in prison.
        A former clerk received a suspended sentence for a similar leak in 2019.
        """));

    [Fact]
    public async Task The_maximum_sentence_is_the_stated_prison_term()
    {
        Assert.Contains("seven years", await _bot.AnsweredAsync("max sentence for ivo r if convicted?"));
    }

    [Fact]
    public async Task A_sentence_being_served_answers_how_long_it_is()
    {
        Assert.Contains("nine years", await _bot.AnsweredAsync("how long is oskar lind's sentence"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
