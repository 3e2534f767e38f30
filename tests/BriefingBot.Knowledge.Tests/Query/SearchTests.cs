using BriefingBot.Knowledge.Tests.Infrastructure;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Knowledge.Tests.Query;

[Collection(BundledArticle.Name)]
public sealed class SearchTests(BundledKnowledge fixture)
{
    [Fact]
    public void Bm25_ranks_the_sentence_that_shares_the_rare_words_first()
    {
        var terms = TermAnalyzer.Terms("Who warned about a terrorist diaspora?");

        var best = fixture.Knowledge.Search(terms.ToList(), 3);

        Assert.Contains("terrorist diaspora", best[0].Sentence.Text);
        Assert.True(best[0].Score > best[1].Score);
    }

    [Fact]
    public void Document_frequency_is_zero_for_words_the_articles_never_use()
    {
        Assert.Equal(0, fixture.Knowledge.DocumentFrequency(TermAnalyzer.Stem("earthquake")));
        Assert.True(fixture.Knowledge.DocumentFrequency(TermAnalyzer.Stem("isis")) > 5);
    }

    [Fact]
    public void Articles_sentences_and_entities_are_reachable_by_id()
    {
        var article = Assert.Single(fixture.Knowledge.Articles);
        var sentences = fixture.Knowledge.SentencesOf(article.Id);

        Assert.Equal(new DateTime(2017, 4, 19), article.Published);
        Assert.Equal(sentences[3].Text, fixture.Knowledge.Sentence(sentences[3].Id).Text);
        Assert.Equal(article.Text.Substring(sentences[3].Start, sentences[3].Length), sentences[3].Text);
        Assert.Throws<KeyNotFoundException>(() => fixture.Knowledge.Entity(-1));
    }
}
