using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"The younger one" after an answer or a choice of two people of stated ages, over an invented article.</summary>
public sealed class ComparedAgesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Two Held Over Stolen Lighthouse Lens in Varna Bay

        VARNA BAY — Harbour police arrested two men who are suspected of stealing a brass lighthouse lens and selling it to a foundry, officials said on Friday.

        The suspects, named only as Petar D., 52, and Ivo S., 27, were arrested on Thursday, Petar D. at his cottage in Orlen and Ivo S. at a bus station in Kamen.
        """));

    [Fact]
    public async Task The_younger_one_after_two_people_answered_is_the_younger_of_them()
    {
        Assert.Contains("Ivo S", await _bot.AskAsync("a", "who were the two men arrested over the lighthouse lens"));
        Assert.StartsWith("27", await _bot.AskAsync("a", "how old is the younger one?"));
    }

    [Fact]
    public async Task The_older_one_picks_the_older_of_two_offered_ages()
    {
        Assert.Contains("52", await _bot.AskAsync("b", "how old is the lighthouse lens suspect"));
        Assert.StartsWith("52", await _bot.AskAsync("b", "the older one"));
    }

    [Fact]
    public async Task Where_he_was_caught_is_the_place_after_his_own_name()
    {
        Assert.Contains("Ivo S", await _bot.AskAsync("c", "who is ivo s."));
        Assert.StartsWith("Kamen", await _bot.AskAsync("c", "where was he arrested?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
