using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Twenty-one were detained in Tarvo and nine in Vella": asked of Vella, the bare number before "in Vella" answers,
/// also after "and in Vella?" following a count of Tarvo, over an invented article.
/// </summary>
public sealed class CountBeforeAskedPlaceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Police in Two Countries Break Up Watch Smuggling Ring

        TARVO — Police in two countries have arrested 30 people in raids on a ring that smuggled watches through the port of Tarvo, officials said on Tuesday.

        Twenty-one of the suspects were detained in Tarvo and nine in Vella, a police spokeswoman said.
        """));

    [Fact]
    public async Task The_count_of_the_asked_place_is_the_number_before_it()
    {
        Assert.StartsWith("Nine", await _bot.AskAsync("a", "how many suspects were detained in vella"));
    }

    [Fact]
    public async Task And_in_the_other_place_after_a_count_asks_the_count_there()
    {
        await _bot.AskAsync("b", "how many suspects were detained in tarvo");
        Assert.StartsWith("Nine", await _bot.AskAsync("b", "and in vella?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
