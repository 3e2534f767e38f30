using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// An article names a place with a noun also when it first brings the noun in with "a" and a phrase in between ("a
/// warehouse on an industrial estate in Holmsund"), and a question may name the place with that noun last in a phrase
/// ("the Holmsund storage warehouse"): its sentences' "the warehouse" meets the place (invented article).
/// </summary>
public sealed class NounBeforePlaceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Police Seize Smuggled Cigarettes at Port of Brell

        BRELL — Customs officers at the port of Brell found 40 million smuggled cigarettes in containers unloaded from a cargo ship, police said on Sunday.
        The lorries were followed to a warehouse on an industrial estate in Holmsund, north of the city.
        Officers raided the warehouse before dawn on Friday and arrested four men.
        A ferry pier at Osterby was closed for the search of a second ship.
        """));

    [Fact]
    public async Task A_place_named_after_a_noun_brought_in_with_a_is_met_by_the_noun()
    {
        Assert.Contains("friday", await _bot.AnsweredAsync("when did police raid the holmsund warehouse"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_place_named_with_a_phrase_is_met_by_its_last_noun()
    {
        Assert.Contains("friday", await _bot.AnsweredAsync("when did police raid the holmsund storage warehouse"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
