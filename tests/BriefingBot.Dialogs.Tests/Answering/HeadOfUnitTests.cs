using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "NAME, who heads Tarnpol's firearms trafficking team" heads the team, not Tarnpol: a question for the head of Tarnpol
/// is refused, whether asked of the roles or of the store's ties ("who is the director of tarnpol"), and one that names
/// the team is answered (invented article).
/// </summary>
public sealed class HeadOfUnitTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load(InventedStories.BarracksRifles));

    [Theory]
    [InlineData("who is the head of tarnpol?")]
    [InlineData("who is the head of tarnpol")]
    [InlineData("who is the director of tarnpol")]
    [InlineData("who heads tarnpol?")]
    [InlineData("who is in charge of tarnpol?")]
    public async Task The_head_of_a_unit_is_no_head_of_its_owner(string question) =>
        Assert.Contains("does not cover", await _bot.AskAsync(question, question));

    [Theory]
    [InlineData("who heads tarnpol's firearms team?")]
    [InlineData("who leads the firearms trafficking team?")]
    [InlineData("who is the head of tarnpol's firearms trafficking team?")]
    [InlineData("who is jon dale?")]
    public async Task A_question_naming_the_unit_is_answered_by_its_head(string question)
    {
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains(question.Contains("dale") ? "Tarnpol" : "Dale", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
