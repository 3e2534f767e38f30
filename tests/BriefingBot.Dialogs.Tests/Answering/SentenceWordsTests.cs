using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

public sealed class SentenceWordsTests
{
    [Fact]
    public void A_sentences_words_are_read_once_in_lower_case_without_punctuation_or_quotation_marks()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Night Shift Cut

            The night shift (four guards) ended “for now”, the warden said.
            """));
        var index = bot.Service<SentenceIndex>();
        var sentence = bot.Knowledge.SentencesOf(bot.Knowledge.Articles[0].Id).First(s => s.Text.Contains("warden"));

        var words = index.WordsOf(sentence);

        Assert.Equal(["the", "night", "shift", "four", "guards", "ended", "for", "now", "the", "warden", "said"], words);
        Assert.Same(words, index.WordsOf(sentence));
    }
}
