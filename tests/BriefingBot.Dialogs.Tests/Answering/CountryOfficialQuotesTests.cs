using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What did the U.S. official warn about": the country's office-holders quoted in one story are offered, no one else (invented articles).</summary>
public sealed class CountryOfficialQuotesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Officials Warn of Returning Fighters

        WASHINGTON — Echoing FBI Director Tom Reed on Tuesday, U.S. Secretary of Homeland Security Jim Hart warned that foreign fighters might attack the United States.
        In March, Reed warned, "Some of the fighters will come home to plan attacks."
        The U.S.-backed troops were closing in on the city, said Ali Karim, the Iraqi vice president.
        U.S.-backed local troops are closing in on the last stronghold of rebel chief Colonel Karl Dunn.
        In a video, Dunn warned that his fighters would return.
        """, """
        Harbour Flood Warning

        AARHUS — Harbour Director Ann Roe warned on Monday that the old quay would flood in the next storm.
        """));

    [Fact]
    public async Task The_office_holders_of_the_country_are_offered()
    {
        var reply = await _bot.AskAsync("a", "what did the U.S. official warn about");

        Assert.Contains("Tom Reed", reply);
        Assert.Contains("Jim Hart", reply);
        Assert.DoesNotContain("Ann Roe", reply);
    }

    [Fact]
    public async Task An_office_holder_titled_by_another_country_is_not_offered()
    {
        var reply = await _bot.AskAsync("b", "what did the U.S. official warn about");

        Assert.DoesNotContain("Ali Karim", reply);
    }

    [Fact]
    public async Task A_person_first_named_beside_a_country_hyphenated_to_another_noun_is_not_its_official()
    {
        var reply = await _bot.AskAsync("d", "what did the U.S. official warn about");

        Assert.Contains("Jim Hart", reply);
        Assert.DoesNotContain("Dunn", reply);
    }

    [Fact]
    public async Task A_lowercase_abbreviation_before_a_title_is_the_country()
    {
        var reply = await _bot.AskAsync("c", "what did the us official warn about");

        Assert.Contains("Jim Hart", reply);
        Assert.DoesNotContain("Ann Roe", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}

/// <summary>"What did the us official warn about" when an official of another country says "us" (invented articles).</summary>
public sealed class LowercaseUsInQuotesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Envoy Warns of Attacks

        WASHINGTON — Jim Hart, a senior U.S. official, warned on Tuesday that militants could strike targets in the United States.
        """, """
        Harbour Flood Warning

        AARHUS — Piet Holm, a senior harbour official, said the town would spend 3 million kroner on flood walls.
        "The waterfront is shared by all of us. When it floods, the town loses its heart," Holm warned.
        """));

    [Fact]
    public void A_lowercase_us_in_a_quote_does_not_name_the_country()
    {
        var message = _bot.Service<QuestionUnderstanding>().Understand("what did the us official warn about", new ConversationMemory());

        var quotes = _bot.Service<QuoteAnswerer>().Find(message).Select(c => c.Text).ToList();

        Assert.Contains(quotes, q => q.Contains("Jim Hart"));
        Assert.DoesNotContain(quotes, q => q.Contains("Piet Holm"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}

/// <summary>"What did the us official warn about" over the real articles: both U.S. officials of the one story that quotes two are offered.</summary>
public sealed class CountryOfficialQuotesInArticlesTests : IDisposable
{
    private readonly BotUnderTest _bot = new();

    [Fact]
    public async Task Both_officials_of_the_country_are_offered_and_no_foreign_one()
    {
        var reply = await _bot.AskAsync("a", "what did the us official warn about");

        Assert.Contains("Comey", reply);
        Assert.Contains("Kelly", reply);
        Assert.DoesNotContain("Allawi", reply);
        Assert.DoesNotContain("Baghdadi", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
