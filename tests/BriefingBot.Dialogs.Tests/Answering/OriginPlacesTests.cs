using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "A consignment of coffee from Tarnia" tells where the coffee came from, not where the heroin was hidden: a where-question
/// about the hiding takes no place named only after a noun and "from" (invented article).
/// </summary>
public sealed class OriginPlacesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Heroin Found in Coffee Sacks, Four Held

        Police have arrested four people after finding 300 kilograms of heroin hidden in a consignment of coffee from Tarnia, the ministry said on Monday.
        Separately, thieves stole a forklift from Kelda Harbour on Sunday night.
        """));

    [Fact]
    public async Task A_place_after_a_noun_and_from_is_not_where_it_was_hidden()
    {
        var reply = (await _bot.AskAsync("a", "where was the heroin hidden")).Split('>')[0];
        Assert.DoesNotContain("Tarnia", reply);
    }

    [Fact]
    public async Task A_question_about_origin_still_takes_it()
    {
        var reply = (await _bot.AskAsync("b", "where did the coffee with the heroin come from")).Split('>')[0];
        Assert.Contains("Tarnia", reply);
    }

    [Fact]
    public async Task A_place_after_a_past_verb_and_from_is_where_it_happened()
    {
        var reply = (await _bot.AskAsync("c", "where was the forklift stolen")).Split('>')[0];
        Assert.Contains("Kelda", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}

/// <summary>"Where did the trucks take the heroin": a destination, which a place after "from" never is (invented article).</summary>
public sealed class TakenFromPlacesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Heroin Found in Coffee Sacks at Brenmoor Port

        Police have arrested four people after finding 300 kilograms of heroin hidden in a consignment of coffee from Tarnia that had left Brenmoor port on three trucks, the ministry said on Monday.
        """));

    [Fact]
    public async Task A_place_after_from_is_not_where_it_was_taken()
    {
        var reply = (await _bot.AskAsync("a", "where did the trucks take the heroin once they left brenmoor port")).Split('>')[0];
        Assert.DoesNotContain("Tarnia", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
