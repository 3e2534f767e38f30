using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What is the border guard patrol boat that intercepted the ship called" asks the name of the border guard's boat: the
/// ship named in the same sentence is not it (invented article).
/// </summary>
public sealed class OwnedCalledNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Border Guard Stops Cargo Ship Off Varnholm

        VARNHOLM — The cargo ship Marlin dragged its anchor across a power cable on Sunday, the operator said.
        A Danish Border Guard patrol vessel caught up with the Marlin about five hours after the break, and officers boarded her on Monday.
        The ship was escorted to port, the Border Guard said.
        """));

    [Fact]
    public async Task Another_ship_of_the_sentence_is_not_the_name_of_the_owners_boat()
    {
        Assert.DoesNotContain("Marlin", await _bot.AnswerAsync("what is the border guard patrol boat that intercepted the ship called?"));
    }

    [Fact]
    public async Task A_name_written_next_to_the_owners_noun_names_it()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Border Guard Stops Cargo Ship

            VARNHOLM — The cargo ship Marlin dragged its anchor across a power cable on Sunday, the operator said.
            The Danish Border Guard patrol boat Terna caught up with the Marlin about five hours after the break, and officers boarded her on Monday.
            """));

        Assert.Contains("Terna", await bot.AnswerAsync("what is the border guard patrol boat that intercepted the ship called?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
