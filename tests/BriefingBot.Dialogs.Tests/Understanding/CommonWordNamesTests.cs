using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A one-word name that is a common word ("Drift", "Police") is not what a lowercase question means by the word (invented articles).</summary>
public sealed class CommonWordNamesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Guild Leaves Dock Union

        The Harbour Guild drifted away from the Dock Union in 2011, its members said on Monday.
        The guild now represents about 400 crane drivers.
        """, """
        Court Holds Two Smugglers

        A judge in Drift on Thursday ordered two smugglers held for 30 days.
        Police in Drift said the men had hidden cigarettes in a lorry.
        """, """
        Danish Police Stop Van at Ferry Port

        Danish police found about 9 kilograms of cocaine in a rented van at the ferry port, the agency said on Friday.
        """, """
        Police in Five Countries Seize Cigarettes

        MARVEL — Police in five countries have seized two million cigarettes, officials said on Monday.
        Officers searched homes in Denmark, Sweden and Norway.
        """));

    [Fact]
    public async Task A_verb_after_a_name_is_the_word_not_the_town()
    {
        var reply = await _bot.AskAsync("a", "when did the harbour guild drift away from the dock union");
        Assert.True(reply.Contains("2011"), reply);
    }

    [Fact]
    public async Task The_town_after_a_preposition_is_still_the_town()
    {
        var reply = await _bot.AskAsync("b", "how long did the judge in drift order the smugglers held");
        Assert.True(reply.Contains("30 days"), reply);
    }

    [Fact]
    public void A_lowercase_word_the_articles_use_is_not_a_name_taken_from_a_sentence_start()
    {
        const string question = "how much cocaine did danish police find in the van";
        var matches = _bot.Knowledge.FindEntities(question);
        Assert.Contains(matches, m => m.Surface == "police");
        Assert.DoesNotContain(new CommonWordNames(_bot.Knowledge, new WordNetSynonyms(_bot.Knowledge), new EnglishWords()).Without(matches, question), m => m.Surface == "police");
    }

    [Fact]
    public void A_lowercase_common_word_is_no_one_word_name_of_a_thing()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Radioactive Gauge Stolen From Tarnby Works

            TARNBY — Thieves stole a gauge containing a radioactive source from a van in Tarnby on Saturday, police said.

            The International Radiation Agency (IRA) tracks such sources with a tag called Beacon, which reports where they are every hour.
            """));
        const string question = "which agency put a beacon on the source";
        var matches = bot.Knowledge.FindEntities(question);
        Assert.Contains(matches, m => m.Surface == "beacon");
        Assert.DoesNotContain(new CommonWordNames(bot.Knowledge, new WordNetSynonyms(bot.Knowledge), new EnglishWords()).Without(matches, question), m => m.Surface == "beacon");
    }

    [Fact]
    public void A_lowercase_word_the_articles_use_is_not_a_capital_letter_abbreviation()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Pumps Fail at Mill

            The Regional Alarm Network (RAN) said the pumps ran dry on Monday.
            RAN engineers repaired them.
            """));
        var filter = new CommonWordNames(bot.Knowledge, new WordNetSynonyms(bot.Knowledge), new EnglishWords());
        const string lower = "why the pumps ran dry", upper = "what did the RAN say";

        Assert.Contains(bot.Knowledge.FindEntities(lower), m => m.Surface == "ran");
        Assert.DoesNotContain(filter.Without(bot.Knowledge.FindEntities(lower), lower), m => m.Surface == "ran");
        Assert.Contains(filter.Without(bot.Knowledge.FindEntities(upper), upper), m => m.Surface == "RAN");
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
