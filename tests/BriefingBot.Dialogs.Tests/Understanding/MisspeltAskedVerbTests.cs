using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A misspelt asked verb ("runing" for the article word "running") is read as the word it misspells, by every reader of the question's verb.</summary>
public sealed class MisspeltAskedVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Estonian Trawler Firm Fined After Fire Kills Two Crew

        TALLINN — A fishing company has been fined 2 million euros after a fire on one of its trawlers killed two crew members, officials said.
        The fire started in an engine room that had not been inspected for three years, the Maritime Safety Service (MSS) said.
        "The owners knew the wiring was old and did nothing," said MSS President Ilse Varga.
        NFB Chairwoman Petra Kolar said the National Fisheries Board (NFB) would check every trawler in the fleet by June.
        Crew members said the company had been running its boats without checks.
        """));

    [Fact]
    public async Task A_misspelt_verb_is_answered_as_the_verb_it_misspells()
    {
        var misspelt = await _bot.AnswerAsync("who is runing the MSS?");
        var spelt = await _bot.AnswerAsync("who is running the MSS?");
        Assert.DoesNotContain("does not cover", spelt);
        Assert.Equal(spelt, misspelt);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
