using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Which country is the radio technician from" asks where a person the question describes, not names, comes from: with no
/// place written after "from", the people's name a sentence puts before that description answers (invented article).
/// </summary>
public sealed class NationalityOfDescribedPersonTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Three Engineers Freed in Tarnia

        TARNBY — Three engineers held by a militia for a month have been freed, their employer said on Monday.
        They are a Chilean radio technician, a Polish nurse and a Dutch driver.
        """));

    [Fact]
    public async Task Which_country_a_described_person_is_from_is_the_demonym_before_the_description()
    {
        var reply = await _bot.AnswerAsync("which country is the radio technician from");

        Assert.Contains("Chilean", reply);
        Assert.DoesNotContain("Polish", reply);
    }

    [Fact]
    public async Task Where_a_described_person_is_from_is_the_demonym_before_the_description()
    {
        var reply = await _bot.AnswerAsync("where is the nurse from");

        Assert.Contains("Polish", reply);
        Assert.DoesNotContain("Dutch", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
