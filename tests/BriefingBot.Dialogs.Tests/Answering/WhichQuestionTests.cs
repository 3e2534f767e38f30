using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Which country …" takes a country; "which carrier …" a sentence that names one, not one that only says the noun.</summary>
public sealed class WhichQuestionTests
{
    private static UnderstoodMessage Question(string text, string head, params string[] terms) =>
        new(text, text, Intent.Question) { HeadNoun = head, Terms = terms };

    [Fact]
    public void A_town_is_no_answer_to_which_country()
    {
        var message = Question("which country sent the drones", "countri", "send", "drone");

        Assert.False(AskedPlaceKind.Fits(new Entity { Name = "Velmar", Kind = EntityKind.Place }, message));
        Assert.True(AskedPlaceKind.Fits(new Entity { Name = "Norway", Kind = EntityKind.Place }, message));
    }

    [Fact]
    public void A_country_is_no_answer_to_which_town()
    {
        var message = Question("which town was raided", "town", "raid");

        Assert.False(AskedPlaceKind.Fits(new Entity { Name = "Norway", Kind = EntityKind.Place }, message));
        Assert.True(AskedPlaceKind.Fits(new Entity { Name = "Velmar", Kind = EntityKind.Place }, message));
    }

    [Fact]
    public void A_sentence_that_only_says_the_asked_noun_does_not_answer_which()
    {
        var text = "She put the cost to the port and its carriers at about 4 million euros.";
        var sentence = new Sentence { Text = text, Terms = TermAnalyzer.Terms(text).ToList() };

        // Not asked what someone said: the check of reported sentences is not reached.
        var answers = new SentenceAnswerExtractor(null!, null!).Extract(Question("which carrier was that", "carrier", "carrier"), new RankedSentence(sentence, 1, 1, true));

        Assert.Empty(answers);
    }
}
