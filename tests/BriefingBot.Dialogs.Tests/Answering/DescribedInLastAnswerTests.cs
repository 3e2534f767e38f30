using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "How old is she?" after "who got arrested?" answered Eva K. from a lede that calls her only "a 33-year-old nurse" is
/// answered by that lede (invented article).
/// </summary>
public sealed class DescribedInLastAnswerTests : IDisposable
{
    private const string BreakIn = """
        Nurse Held Over Marlo Clinic Break-In

        MARLO — Police in Marlo have arrested a 33-year-old nurse suspected of breaking into a clinic and stealing drugs, officials said on Friday.
        Police spokesman Jon Park said the suspect, identified only as Eva K., was arrested on Thursday at her flat in Tarnby.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(BreakIn));

    [Fact]
    public async Task A_pronoun_for_a_person_found_by_description_is_answered_from_that_sentence()
    {
        Assert.Contains("Eva K", await _bot.AskAsync("a", "who got arrested over the marlo clinic break-in?"));

        var reply = await _bot.AskAsync("a", "how old is she");

        Assert.Contains("33", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
