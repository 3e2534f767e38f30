using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A question may name the story by words of its lede in a phrase after a preposition and "the" ("in the shift
/// dispute"), or as the subject of a when, where or why question ("when did the dock workers return"); a sentence of that article holding as many of the other asked words answers it (invented article).
/// </summary>
public sealed class StoryPhraseTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Harbour Strike Halts Ferries in Tarnmouth

        Dock workers in Tarnmouth walked out on Monday in a dispute over night shifts, their union said.
        Union leader Mara Kell said 300 members had joined the walkout by Tuesday.
        The strikers returned to work on 14 March, when the port agreed a new pay deal.
        """));

    [Fact]
    public async Task Lede_words_naming_the_story_are_met_by_its_sentences()
    {
        var answer = (await _bot.AskAsync("a", "how many members joined in the shift dispute")).Split("\n\n")[0];
        Assert.Contains("300", answer);
    }

    [Fact]
    public async Task The_subject_of_a_when_question_names_the_story()
    {
        var answer = (await _bot.AskAsync("a", "when did the dock workers return to work")).Split("\n\n")[0];
        Assert.Contains("14 March", answer);
    }

    [Fact]
    public void Naming_phrases_are_found_but_not_the_asked_thing()
    {
        Assert.Equal(2, StoryPhrase.TermsIn("how many members joined in the shift dispute").Count);
        Assert.Equal(2, StoryPhrase.TermsIn("when did the dock workers return to work").Count(t => t is "dock" or "worker"));
        Assert.Empty(StoryPhrase.TermsIn("which social clubs did the dock workers join"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
