using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Which navies is it for", asked of the Osprey: a sentence naming the Osprey and "the Polish and Latvian navies" tells
/// which, though the question has no other word; "she told local radio" does not tell which radio station she spoke to.
/// </summary>
public sealed class WhichNounOfAskedThingTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Engineer Charged With Selling Sonar Secrets

        Prosecutors charged an engineer at Baltic Marine Systems with selling secrets of its Osprey sonar.
        The Osprey sonar, developed since 2018 in a 900 million euro programme for the Polish and Latvian navies, can find submarines at long range.
        "They came at night and left before dawn," said Olga Sand, a neighbour of the engineer, who later told local radio she had seen nothing more.
        """));

    [Fact]
    public async Task A_sentence_naming_the_asked_thing_tells_which_noun_it_is_for()
    {
        Assert.Contains("Osprey", await _bot.AskAsync("a", "what is the osprey"));
        Assert.Contains("Latvian", await _bot.AskAsync("a", "which navies was it for"));
    }

    [Fact]
    public async Task A_pronoun_for_the_asked_person_and_a_plain_noun_tell_no_name()
    {
        Assert.DoesNotContain("local radio", await _bot.AnswerAsync("what radio station did olga sand speak to"));
    }

    public void Dispose() => _bot.Dispose();
}
