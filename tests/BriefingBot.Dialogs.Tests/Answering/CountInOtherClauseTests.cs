using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A count belongs to its own verb's clause: passengers the fires stranded are not people the police detained, and a
/// count asked "in place" ("the scheme covers how many towns") is still a count.
/// </summary>
public sealed class CountInOtherClauseTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Fires Halt Trains Around Varno, One Suspect Held

        VARNO — Police have detained a man suspected of setting fire to signal cables around Varno, prosecutors said on Friday, after the fires halted 300 trains and stranded about 9,000 passengers.
        The Tarnow Card scheme lets residents of 14 towns ride the trains for free.
        """));

    [Fact]
    public async Task Passengers_stranded_in_another_clause_are_no_count_of_people_detained()
    {
        Assert.DoesNotContain("9,000", await _bot.AnswerAsync("how many people were detained over the fires"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_count_in_the_asked_verbs_clause_still_answers()
    {
        Assert.Contains("9,000", await _bot.AnswerAsync("how many people were stranded by the fires"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task How_many_asked_in_place_is_a_count()
    {
        Assert.StartsWith("14 towns", await _bot.AnswerAsync("the tarnow card scheme covers how many towns"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
