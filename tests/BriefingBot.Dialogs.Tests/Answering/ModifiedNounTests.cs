using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"The container ship" is a ship the article calls a container ship: a named tanker beside an unnamed one is no answer (invented article).</summary>
public sealed class ModifiedNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Rockets Hit Ships Near Harbour

        ASHFORD — Two vessels were struck by rockets near the harbour on Monday, the Greek tanker Vela Rose and a container ship, the coastguard said.
        A fishing boat, the Morning Wren, picked up two sailors from the water.
        A crane driver at the quay, 44-year-old Pavel Orsk, saw the rockets land.
        """));

    [Fact]
    public async Task The_name_of_the_quay_is_not_a_person_described_as_working_at_it()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("whats the name of the quay"));
    }

    [Fact]
    public async Task The_name_of_the_container_ship_is_not_the_tankers()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("what was the name of the container ship that was struck"));
        Assert.Contains("does not cover", await _bot.AnswerAsync("which container ship was struck by rockets"));
    }

    [Fact]
    public async Task A_modifier_the_article_says_of_the_ship_still_finds_it()
    {
        Assert.Contains("Morning Wren", await _bot.AnswerAsync("which fishing boat picked up the sailors"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
