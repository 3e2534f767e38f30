using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What was the name of the timber trading firm": the company's owner is no name of the company; an article that never
/// names it cannot answer (invented articles).
/// </summary>
public sealed class OrganisationNameNoPersonTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load(InventedStories.WarehousePills, InventedStories.BarracksRifles));

    [Theory]
    [InlineData("what was the name of the timber trading firm in tarnby?")]
    [InlineData("what was the name of the company?")]
    public async Task A_person_is_no_name_of_a_company(string question)
    {
        var answer = await _bot.AnswerAsync(question);

        Assert.DoesNotContain("Piet Holm", answer);
        Assert.Contains("does not cover", answer);
    }

    [Fact]
    public async Task The_owner_is_still_who_owns_it()
    {
        Assert.Contains("Piet Holm", await _bot.AnswerAsync("who owns the timber trading firm?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
