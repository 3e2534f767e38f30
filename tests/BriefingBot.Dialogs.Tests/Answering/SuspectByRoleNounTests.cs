using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A suspect the lede only describes ("detained a 44-year-old surveyor") and a later sentence names once ("the suspect,
/// identified … only as NAME, was arrested"): asked who was arrested, who represents the suspect, or about what "her client"
/// did, over invented articles.
/// </summary>
public sealed class SuspectByRoleNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Surveyor Held Over Flooded Tunnel at Varne

        VARNE — Danish police have detained a 44-year-old surveyor suspected of opening the floodgates of the Varne tunnel, officials said on Thursday.

        "We saw the water rise in minutes," said Dr. Alma Weiss, 48, head of the town's rescue service.

        The council closed all 12 of its tunnels on Wednesday morning and workers pumped out the water for two days, until divers had checked each gate.

        Police spokesman Erik Dahl said the suspect, identified under Danish privacy rules only as Jonas P., was arrested on Friday at his flat in Aarby.

        The suspect's lawyer, Mira Falk, said her client had written to the council twice since March about the broken locks.
        """, """
        Harbour Crane Collapse Kills Two at Kestrel Bay

        KESTREL BAY — A crane collapsed at the Kestrel Bay container harbour on Monday, killing two dockers, the port authority said.

        The crane operator's lawyer, Hugo Brandt, who also represents two families in the case, said the machine had not been inspected for a year.
        """, """
        Two Held Over Stolen Boat at Hallby

        HALLBY — Police have arrested two men suspected of stealing a fishing boat from the Hallby marina, officials said on Monday.

        The suspects, identified under local privacy rules only as Ola R., 41, and Sven T., 35, were both arrested on Sunday at a farm.
        """));

    [Fact]
    public async Task The_counted_men_arrested_are_the_people_a_later_sentence_lists_as_arrested()
    {
        var reply = await _bot.AnswerAsync("who were the two men arrested for stealing the boat at hallby");
        Assert.Contains("Ola R", reply);
        Assert.Contains("Sven T", reply);
    }

    [Fact]
    public async Task Who_got_arrested_is_the_described_suspect_not_someone_named_near_a_weaker_sentence()
    {
        var reply = await _bot.AnswerAsync("who got arrested over the flooded varne tunnel");
        Assert.StartsWith("Jonas P", reply);
    }

    [Fact]
    public async Task Who_did_police_arrest_asks_for_the_one_it_was_done_to()
    {
        Assert.StartsWith("Jonas P", await _bot.AnswerAsync("who did police arrest over the flooded varne tunnel"));
    }

    [Fact]
    public async Task The_lawyer_of_the_suspect_in_a_named_story_is_the_suspects_lawyer_of_that_story()
    {
        var reply = await _bot.AnswerAsync("who represents the suspect in the varne tunnel case");
        Assert.StartsWith("Mira Falk", reply);
        Assert.DoesNotContain("Brandt", reply);
    }

    [Fact]
    public async Task A_sentence_calling_the_asked_person_the_suspect_meets_the_asked_name()
    {
        Assert.Contains("March", await _bot.AnswerAsync("since when had Jonas P. been writing to the council about the broken locks"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
