using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Questions put in everyday words the article does not use: slang for its verb, a filler adverb, a plainer verb.</summary>
public sealed class EverydayWordQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Ferry Strike Strands Travellers in Tarn

        TARN — A crate of silver coins was stolen from a courier's lorry parked outside a hotel in Velmar on Friday, police said.
        Three ferries were diverted to Antwerp during the strike.
        The four smugglers caught on the quay will be handed over to the authorities in Lisbon.
        The two-day ferry strike in Tarn left 86 sailings cancelled, and about 12,000 travellers were affected, the port authority said.
        The courier firm could face a fine of up to 40,000 euros, the regulator said.
        """));

    [Fact]
    public async Task Nicked_is_stolen()
    {
        Assert.Contains("silver coins", await _bot.AnswerAsync("what got nicked from the lorry in velmar"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Roughly_before_how_many_still_asks_for_a_number()
    {
        Assert.Contains("12,000", await _bot.AnswerAsync("roughly how many travellers did the ferry strike hit"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Biggest_is_a_question_word_like_big()
    {
        Assert.Contains("40,000", await _bot.AnswerAsync("biggest fine the courier firm could face"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Robbed_is_stolen()
    {
        Assert.Contains("velmar", await _bot.AnswerAsync("where was the lorry parked when it was robbed"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Where_something_was_sent_is_where_it_was_diverted()
    {
        Assert.Contains("antwerp", await _bot.AnswerAsync("where were the ferries sent"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Where_someone_is_sent_is_where_they_are_handed_over()
    {
        Assert.Contains("lisbon", await _bot.AnswerAsync("where are the smugglers being sent"), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what did the thieves get for the camera")]
    [InlineData("what would the coins fetch for the gang")]
    public void What_something_got_for_a_thing_is_a_price(string question)
    {
        Assert.Equal(BriefingBot.Dialogs.Understanding.AnswerKind.Number, BriefingBot.Dialogs.Understanding.AnswerKindClassifier.Classify(question).Kind);
    }

    public void Dispose() => _bot.Dispose();
}
