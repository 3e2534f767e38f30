using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How old is the driver" when one story gives two drivers their own ages in two sentences: both are offered (invented articles).</summary>
public sealed class AgedRivalsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Two Lorry Drivers Held Over Tarnby Diesel Theft

        TARNBY — Police in Tarnby have arrested two lorry drivers suspected of stealing 40,000 litres of diesel from a depot, officials said on Monday.
        The first driver, a 40-year-old from Ostby, was arrested at his home on Saturday.
        The second driver, a 52-year-old haulier, was arrested at a petrol station on Sunday.
        The depot's night guard, a 63-year-old, saw nothing.
        """, """
        Engineer Held Over Pellby Pump Shutdown

        PELLBY — Police in Pellby have arrested a 47-year-old engineer suspected of switching off the town's water pumps, officials said on Tuesday.

        The water company said it had suspended its chief engineer, Karl Mertens, 55, while an inquiry looks at the shutdown.
        """, """
        Two Sailors Held Over Quellby Fuel Theft

        QUELLBY — Police in Quellby have arrested two sailors suspected of selling fuel from a navy tanker, officials said on Friday.
        The first suspect, a 27-year-old deckhand identified only as Rolf K., was arrested on the tanker.
        Two days later, officers detained a 44-year-old boatswain, Sven T., who kept the tanker's fuel log, at his home.
        """, """
        Warehouse Fires Set in Rellby

        RELLBY — Police in Rellby have arrested a man over three warehouse fires, officials said on Monday.
        The suspect, a 33-year-old identified only as Pavel N., was detained at his flat over the fires.
        A 25-year-old woman who was detained with him was released without charge.
        """));

    [Fact]
    public async Task Both_ages_of_the_asked_noun_are_offered()
    {
        var reply = (await _bot.AskAsync("a", "how old is the driver")).Split('>')[0];
        Assert.Contains("40", reply);
        Assert.Contains("52", reply);
        Assert.DoesNotContain("63", reply);
    }

    [Fact]
    public async Task A_noun_with_one_age_still_answers_it()
    {
        var reply = (await _bot.AskAsync("b", "how old is the night guard")).Split('>')[0];
        Assert.Contains("63", reply);
        Assert.DoesNotContain("52", reply);
    }

    [Fact]
    public async Task An_age_after_a_name_set_beside_the_asked_noun_is_a_rival_age_labelled_with_the_name()
    {
        var reply = (await _bot.AskAsync("c", "how old is the pellby engineer")).Split('>')[0];
        Assert.Contains("47", reply);
        Assert.Contains("55 (Karl Mertens)", reply);
    }

    [Fact]
    public async Task An_age_set_off_by_commas_after_the_asked_name_answers()
    {
        Assert.Contains("55", await _bot.AskAsync("d", "how old is karl mertens"));
    }

    [Fact]
    public async Task Two_named_ages_the_asked_noun_describes_neither_of_are_both_offered()
    {
        var reply = (await _bot.AskAsync("e", "how old is the sailor they arrested over the tanker fuel?")).Split('>')[0];
        Assert.Contains("27", reply);
        Assert.Contains("44", reply);
    }

    [Fact]
    public async Task An_unnamed_persons_age_is_offered_beside_a_named_persons()
    {
        var reply = (await _bot.AskAsync("f", "how old is the person detained over the rellby fires?")).Split('>')[0];
        Assert.Contains("25", reply);
        Assert.Contains("33", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
