using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What did the Chilean general say": a general of another story's police, or the head of a "General Directorate", is
/// not the unnamed Chilean general, though a Chilean vice president quoted beside him draws them in by the word "Chilean" (invented articles; real countries, whose demonyms the gazetteer knows).
/// </summary>
public sealed class NationalRankQuotesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Rebels Discuss Alliance In Chile

        SANTIAGO — Two rebel groups are discussing an alliance, Chilean Vice President Ana Ruiz said on Monday.

        "They want to join forces before the winter," Ruiz said.

        Fighting among the rebels has calmed, probably because of the army push in Chile, where a Chilean general recently said the rebels hold under nine percent of the land.
        """, """
        Forged Permits Seized In Tarnby

        TARNBY — Police in Tarnby have seized 400 forged work permits and arrested six people, officials said on Tuesday.

        "The permits fooled three border posts, and that alarms everyone," said Police Major General Ada Venn, head of the Harbour Police's Permit Fraud Unit, speaking in Tarnby.

        Venn said most of the permits carried real names.
        """, """
        Fake Syrup Sold In Brenmoor

        BRENMOOR — Police in Brenmoor have charged four people with selling fake cough syrup to clinics.

        "They sold water as medicine to sick children," Commissioner Jon Dale, 50, head of the national General Directorate against Fraud, told reporters in Brenmoor.

        Dale said officers had not yet found about 300 bottles.
        """));

    [Fact]
    public async Task The_unnamed_general_of_the_asked_country_is_quoted()
    {
        var reply = await _bot.AnswerAsync("what did the chilean general say");

        Assert.Contains("nine", reply);
        Assert.DoesNotContain("Ada Venn", reply);
        Assert.DoesNotContain("Jon Dale", reply);
    }

    [Fact]
    public async Task A_general_of_another_story_is_still_quoted_when_asked_without_a_nationality()
    {
        Assert.Contains("fooled", await _bot.AnswerAsync("what did the police general say"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
