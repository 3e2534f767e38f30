using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "What was taken in the raids", over an invented article: "take" asking for the things taken is met by what officers
/// seized, not answered by a sentence that only repeats the raids; "take over" keeps its own sense; what someone got
/// for a thing is what they sold it for.
/// </summary>
public sealed class TakenThingsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Police Raid Velmar Smuggling Gang

        VELMAR — Police raided nine homes in Velmar on Tuesday and arrested four men suspected of smuggling cigarettes.
        In all, the raids covered homes in three districts of the city.
        Officers seized three laptops, a drone and 40,000 euros in cash.
        Police said two of the men sold a stolen van to a dealer in March for 5,000 euros.
        The van was found at a dealer in Velmar.
        """));

    [Fact]
    public async Task What_was_taken_in_the_raids_is_what_officers_seized() =>
        Assert.Contains("three laptops", await _bot.AnswerAsync("what was taken in the raids"));

    [Fact]
    public async Task What_the_police_took_is_what_officers_seized() =>
        Assert.Contains("three laptops", await _bot.AnswerAsync("what did the police take in the raids"));

    [Fact]
    public async Task What_the_men_got_for_the_van_is_what_they_sold_it_for() =>
        Assert.Contains("5,000 euros", await _bot.AnswerAsync("what did the men get for the stolen van"));

    [Fact]
    public void Getting_for_a_thing_asks_how_much_it_was_sold_for() =>
        Assert.Equal("how much did the men sell the stolen van for", TakenThings.Rewrite("what did the men get for the stolen van"));

    [Fact]
    public void Take_over_keeps_its_own_sense() => Assert.Null(TakenThings.Rewrite("what did the army take over"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
