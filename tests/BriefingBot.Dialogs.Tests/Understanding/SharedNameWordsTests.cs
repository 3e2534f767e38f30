using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "The foreign affairs department" names the Department of Foreign Affairs, not "Home Affairs" by its short name
/// "Affairs" (invented articles).
/// </summary>
public sealed class SharedNameWordsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Border Stays Shut After Smuggling Raid

        TARNBY — Home Affairs Minister Anna Roe said the northern border crossing would stay shut until Monday.
        Customs officers found 40 crates of cigarettes in a lorry on Friday.
        """, """
        Brenmoor Summons Envoy Over Leaked Cables

        BRENMOOR — The Department of Foreign Affairs said it had summoned the Ostland envoy over the leaked cables.
        The cables were posted online on Thursday.
        """));

    [Fact]
    public async Task A_name_word_two_names_share_goes_to_the_name_holding_the_word_before_it_too()
    {
        var reply = await _bot.AnsweredAsync("what did the foreign affairs department say about the envoy");

        Assert.Contains("summoned", reply);
    }

    [Fact]
    public async Task The_short_name_still_names_its_own_entity()
    {
        var reply = await _bot.AnsweredAsync("what did home affairs minister roe say");

        Assert.Contains("border", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
