using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Which minister spoke about …" when one story quotes two ministers asks which one is meant, as "what did the minister
/// say about …" does; "which minister said soldiers would patrol …" names what one of them said (invented article).
/// </summary>
public sealed class SpokenAboutRivalsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Arsonists Hit Tarnby Rail Cables

        TARNBY — Police in Tarnby have detained a man suspected of setting fire to rail signal cables at four sites, prosecutors said on Friday.
        Interior Minister Ola Berg said 4,500 police officers would guard the summit and that soldiers would patrol the main rail junctions until Wednesday.
        His colleague, Transport Minister Kari Dahl, announced that the government would spend 38 million euros on cameras for cable ducts on the rail network.
        """));

    [Fact]
    public async Task Which_minister_spoke_about_a_topic_offers_both_ministers_of_the_story()
    {
        var reply = (await _bot.AskAsync("a", "which minister spoke about the rail cables")).Split('>')[0];
        Assert.Contains("Several answers fit", reply);
        Assert.Contains("Ola Berg", reply);
        Assert.Contains("Kari Dahl", reply);
    }

    [Fact]
    public async Task Which_minister_said_what_one_of_them_said_is_answered_alone()
    {
        var reply = (await _bot.AskAsync("b", "which minister said soldiers would patrol the rail junctions")).Split('>')[0];
        Assert.DoesNotContain("Several answers fit", reply);
        Assert.Contains("Ola Berg", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
