using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Which detective …": a person's title noun still finds the sentence that gives the title (invented article).</summary>
public sealed class PersonTitleNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Power Cable Cut Off Tarnby, Ship Held

        TARNBY — A power cable between Tarnby and Osterby was cut on Monday, and a cargo ship was held.
        The case is being investigated as criminal damage, said Detective Inspector Jan Roe of the Tarnby police.
        Roe said winds that night had been light.
        """));

    [Fact]
    public async Task A_title_noun_after_which_finds_the_sentence_giving_the_title()
    {
        var reply = await _bot.AnsweredAsync("which detective is in charge of the cable investigation");

        Assert.Contains("jan roe", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
