using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "The suspect" asked of a story that describes one person so is met by a sentence calling that person "he" or by
/// another noun; a noun two people of a story share is met by neither of them (invented articles).
/// </summary>
public sealed class OwnPersonNounsTests : IDisposable
{
    private static readonly string Article = """
        Brenmoor Dock Cranes Stopped by Remote Attack

        BRENMOOR — Police have arrested a man over an attack that stopped the cranes at Brenmoor's container dock for two days, prosecutors said on Tuesday.

        The suspect, a 38-year-old welder identified only as Piet H., was arrested at his flat in Tolby. According to police, the welder had sent a letter to the dock company demanding 40,000 euros.

        If convicted, he faces up to twelve years in prison.
        """;

    private static readonly string Shared = """
        Copper Cable Thefts at Marnfield Rail Yard

        MARNFIELD — Two men have been arrested over the theft of copper cable from the Marnfield rail yard, police said.

        The first suspect, a 50-year-old farmer identified as Jon Tark, was held at his farm. The second suspect, a 29-year-old driver identified as Ola Dunn, was held in Tolby.

        Police said Tark had paid for a van with gold coins. Both suspects face charges of theft.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Article, Shared));

    [Fact]
    public async Task A_sentence_naming_the_one_person_the_story_calls_so_by_another_noun_meets_the_noun()
    {
        Assert.Contains("40,000", await _bot.AnswerAsync("how much money did the suspect demand from the dock company"));
    }

    [Fact]
    public async Task A_sentence_calling_the_one_person_the_story_calls_so_he_meets_the_noun()
    {
        Assert.Contains("twelve years", await _bot.AnswerAsync("how many years in prison does the suspect face"));
    }

    [Fact]
    public void The_noun_counts_as_met_by_the_sentence_naming_its_one_person()
    {
        Assert.Equal(1, Coverage("how much was the suspect demanding from the dock company", "According to police"), 3);
        Assert.Equal(1, Coverage("how many years in prison does the suspect face", "If convicted"), 3);
    }

    [Fact]
    public void A_noun_two_people_of_the_story_share_or_asked_in_the_plural_is_not_met_by_a_name()
    {
        Assert.True(Coverage("how did the suspect pay for the van", "Police said Tark") < 1);
        Assert.True(Coverage("how many years in prison do the suspects face", "If convicted") < 1);
    }

    private double Coverage(string question, string sentenceStart)
    {
        var message = _bot.Service<QuestionUnderstanding>().Understand(question, new ConversationMemory());
        return _bot.Service<SentenceRanker>().Rank(message, null).First(r => r.Sentence.Text.StartsWith(sentenceStart)).TermCoverage;
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
