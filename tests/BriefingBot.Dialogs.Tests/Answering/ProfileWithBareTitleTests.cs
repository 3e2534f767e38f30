using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"NAME, head of the X Agency": a profile says what the person heads, and a role question finds them.</summary>
public sealed class ProfileWithBareTitleTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Smugglers' Boat Seized Off Harl

        HARL — Coastguards seized a boat carrying 90 kilograms of cocaine on Monday. "We found the boat at dawn," said Major Ilse Varn, head of the Coastal Smuggling Agency (CSA), which leads the search.
        """));

    [Fact]
    public async Task The_profile_says_what_the_person_heads()
    {
        Assert.Contains("Head of the Coastal Smuggling Agency", await _bot.AnswerAsync("who is ilse varn"));
    }

    [Fact]
    public async Task Who_heads_the_agency_finds_the_person()
    {
        Assert.Contains("Ilse Varn", await _bot.AnswerAsync("who is the head of the coastal smuggling agency"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
