using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A lede that tells who by a description ("police arrested a local man") answered with the name the article gives later, over invented articles.</summary>
public sealed class DescribedInLedeTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Dam Talks End Standoff at Norvik Quarry

        NORVIK — 300 miners ended a nine-day occupation of the Norvik quarry on Friday, after weeks of talks led by a retired harbour pilot, the union said.

        The talks were led by Oskar Lindell, a 70-year-old pilot who has settled three earlier disputes.
        The union's chairwoman, Ada Brun, thanked him on Saturday.
        """, """
        Engineer Held Over Flooded Tunnel at Varne

        VARNE — Danish police have arrested a surveyor suspected of opening the floodgates of the Varne tunnel, officials said on Thursday.

        The suspect, a 52-year-old surveyor identified only as Tomas K., was arrested on Tuesday at his home.
        Mayor Ines Holt said the tunnel would reopen next month.
        """));

    [Fact]
    public async Task The_lede_description_is_the_person_later_described_with_its_noun()
    {
        Assert.StartsWith("Oskar Lindell", await _bot.AnswerAsync("who negotiated the end of the occupation at the norvik quarry"));
    }

    [Fact]
    public async Task The_lede_description_is_the_person_the_same_verb_is_later_done_to()
    {
        Assert.StartsWith("Tomas K", await _bot.AnswerAsync("who was arrested over the flooded varne tunnel"));
    }

    [Fact]
    public async Task A_role_asked_of_the_described_person_is_not_that_person()
    {
        Assert.DoesNotContain("Tomas K", await _bot.AnswerAsync("who is defending the man arrested over the varne tunnel"));
    }

    [Fact]
    public async Task Others_asked_for_are_not_the_described_one()
    {
        Assert.DoesNotContain("Tomas K", await _bot.AnswerAsync("who are the two other people police are hunting over the flooded varne tunnel"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
