using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Where did they stop him?" after "who is Bo L." is answered by the lede that names him only as "a senior chemist",
/// the description the article later gives him (invented article).
/// </summary>
public sealed class DescribedReferentTests : IDisposable
{
    private const string Leak = """
        Chemist Charged With Selling Paint Formulas

        TARNBY — Prosecutors in Tarnby have charged a senior chemist at a paint maker with selling secret formulas, after he was stopped at Marlo Airport last Friday as he tried to board a flight abroad, officials said on Thursday.
        The 41-year-old chemist, identified only as Bo L. under privacy rules, had worked for Tarn Paints for nine years.
        Chief Prosecutor Ann Roe told reporters the formulas were worth about two million euros.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Leak));

    [Fact]
    public async Task A_lede_naming_the_referred_person_by_description_answers()
    {
        await _bot.AskAsync("a", "who is bo l");

        var reply = await _bot.AskAsync("a", "where did they stop him");

        Assert.Contains("Marlo", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
