using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What did the minister say about …" answered by a ranked sentence (no statement meets the topic's words) still offers
/// the story's other minister; "the interior minister" offers no minister of another office (invented article).
/// </summary>
public sealed class SpokenSentenceRivalsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Hackers Poison Tarnby Water Plant

        TARNBY — Police in Tarnby have arrested a former contractor suspected of an attack on the control system of a water treatment plant, officials said on Tuesday.
        Interior Minister Ola Berg announced that the government would spend 6 million crowns on securing remote access at about 120 water plants.
        Health Minister Kari Dahl, who visited the plant on Tuesday, said the city had been "seven minutes away from a disaster."
        """));

    [Fact]
    public async Task A_ranked_statement_of_one_minister_offers_the_other_minister_of_the_story()
    {
        var reply = (await _bot.AskAsync("a", "what did the minister say about the Tarnby water plant attack?")).Split('>')[0];
        Assert.Contains("Several answers fit", reply);
        Assert.Contains("Ola Berg", reply);
        Assert.Contains("Kari Dahl", reply);
    }

    [Fact]
    public async Task The_word_before_the_noun_keeps_a_minister_of_another_office_out()
    {
        var reply = (await _bot.AskAsync("b", "what did the interior minister say about the water plants?")).Split('>')[0];
        Assert.DoesNotContain("Several answers fit", reply);
        Assert.Contains("6 million", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
