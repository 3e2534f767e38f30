using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A place the question names as an owner ("Tarnia's transport minister") is met in a story set in that place by a
/// sentence that names no other place, and never by one that names another (invented article).
/// </summary>
public sealed class OwnerPlaceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnian Ferry Sinks in Storm, Nine Missing

        TARNBY — A ferry sank in a storm off the coast of Tarnia on Sunday, and nine passengers are still missing, officials said on Monday.
        Transport Minister Jane Holloway announced that every ferry would carry a second lifeboat by June.
        Norway's Harbour Minister, Karl Wendt, said his coastguard had sent two boats to help.
        Ferries in Tarnia carry about two million passengers a year.
        """));

    [Fact]
    public async Task The_story_set_in_the_place_meets_it()
    {
        Assert.Contains("holloway", await _bot.AnsweredAsync("who is tarnia's transport minister"));
    }

    [Fact]
    public async Task A_sentence_naming_another_place_does_not()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("how many boats did tarnia's coastguard send"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
