using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"His lawyer, NAME" names no client: "the lawyer for the suspect in the X case" is met by the story's words, over invented articles.</summary>
public sealed class LawyerOfUnnamedClientTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Surveyor Held Over Flooded Tunnel at Varne

        VARNE — Danish police have arrested a surveyor suspected of opening the floodgates of the Varne tunnel, officials said on Thursday.

        A judge ordered the man held for 30 days on Wednesday.
        His lawyer, Petra Olsen, said he would plead not guilty.
        """, """
        Harbour Crane Collapse Kills Two at Kestrel Bay

        KESTREL BAY — A crane collapsed at the Kestrel Bay container harbour on Monday, killing two dockers, the port authority said.

        The crane operator's lawyer, Hugo Brandt, said the machine had not been inspected for a year.
        """));

    [Fact]
    public async Task The_lawyer_for_the_suspect_is_the_one_of_the_story_about_a_suspect()
    {
        var reply = await _bot.AnswerAsync("who is the lawyer for the suspect in the varne tunnel case");
        Assert.StartsWith("Petra Olsen", reply);
        Assert.DoesNotContain("Brandt", reply);
    }

    [Fact]
    public async Task A_story_without_the_client_words_gives_no_lawyer()
    {
        Assert.StartsWith("Sorry", await _bot.AnswerAsync("who is the lawyer for the widow in the kestrel bay case"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
