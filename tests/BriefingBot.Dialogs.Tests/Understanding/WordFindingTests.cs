using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>How a question's own words find the article's words: spelling, WordNet synonyms, phrasal verbs.</summary>
public sealed class WordFindingTests
{
    private static readonly Knowledge.Query.BriefingKnowledge Knowledge = InventedArticles.Load("""
        Harbour Line Hit by Outage

        The committee published 12 recommendations on Monday, Chair Dana Okafor said.
        Police held the two suspects in detention for 14 days before a judge released them.
        The port was closed for six hours while engineers checked the cranes.
        """);

    [Fact]
    public void A_misspelt_common_word_is_spelt_as_the_article_spells_it()
    {
        var speller = new WordSpeller(Knowledge);

        Assert.Equal("recommendations", speller.Correct("recomendations"));
        Assert.Null(speller.Correct("recommendations"));
        Assert.Null(speller.Correct("okafer"));
    }

    [Fact]
    public void A_word_far_from_every_article_word_is_left_as_it_is()
    {
        Assert.Null(new WordSpeller(Knowledge).Correct("bananas"));
    }

    [Fact]
    public void WordNet_leads_a_question_word_to_the_articles_word_for_the_same_thing()
    {
        var wordNet = new WordNetSynonyms(Knowledge);

        Assert.Contains(TermAnalyzer.Stem("detention"), wordNet.Of(TermAnalyzer.Stem("custody")));
        Assert.Contains(TermAnalyzer.Stem("closed"), wordNet.Of(TermAnalyzer.Stem("shut")));
        Assert.Empty(wordNet.Of(TermAnalyzer.Stem("banana")));
    }

    [Fact]
    public void WordNet_leads_a_kind_of_made_thing_to_the_articles_things_of_that_kind()
    {
        var wordNet = new WordNetSynonyms(InventedArticles.Load("Guns Seized\n\nPolice seized 40 firearms and a pistol in Korvo.\n"));

        Assert.Contains(TermAnalyzer.Stem("firearms"), wordNet.Of(TermAnalyzer.Stem("weapons")));
        Assert.Contains(TermAnalyzer.Stem("pistol"), wordNet.Of(TermAnalyzer.Stem("gun")));
        Assert.DoesNotContain(TermAnalyzer.Stem("weapons"), wordNet.Of(TermAnalyzer.Stem("firearms")));
    }

    [Fact]
    public void WordNet_synonyms_widen_only_questions_that_want_a_typed_answer()
    {
        var vocabulary = new Vocabulary(new WordNetSynonyms(Knowledge));
        var custody = TermAnalyzer.Stem("custody");

        Assert.Contains(TermAnalyzer.Stem("detention"), vocabulary.Expand(custody, withWordNet: true));
        Assert.DoesNotContain(TermAnalyzer.Stem("detention"), vocabulary.Expand(custody, withWordNet: false));
    }

    [Fact]
    public void A_phrasal_verb_is_one_term_that_no_article_uses_here()
    {
        var phrasal = new PhrasalVerbs(Knowledge);

        Assert.Equal(new[] { "take~over" }, PhrasalVerbs.TermsIn("when did okafor take over the committee").ToArray());
        Assert.False(phrasal.IsUsed("take~over"));
        Assert.Empty(PhrasalVerbs.TermsIn("who held the suspects"));
    }

    [Fact]
    public void In_before_a_bare_noun_is_a_preposition_not_a_particle()
    {
        Assert.Empty(PhrasalVerbs.TermsIn("how long could the clerk get in prison"));
        Assert.Equal(new[] { "take~in" }, PhrasalVerbs.TermsIn("when did okafor take in the refugees").ToArray());
    }

    [Fact]
    public void A_phrasal_verb_an_article_uses_is_known_in_any_tense()
    {
        var knowledge = InventedArticles.Load("Ministry Change\n\nDana Okafor took over the ministry in May.\n");

        Assert.True(new PhrasalVerbs(knowledge).IsUsed(PhrasalVerbs.TermsIn("when did okafor take over the ministry").Single()));
    }

    [Theory]
    [InlineData("fly", "flight")]
    [InlineData("drive", "driver")]
    [InlineData("own", "owner")]
    [InlineData("pretend", "pose")]
    [InlineData("supposed", "designed")]
    public void A_word_meets_the_words_for_the_same_act_its_doer_or_its_purpose(string verb, string noun)
    {
        Assert.Contains(TermAnalyzer.Stem(noun), new Vocabulary().Expand(TermAnalyzer.Stem(verb)));
        Assert.Contains(TermAnalyzer.Stem(verb), new Vocabulary().Expand(TermAnalyzer.Stem(noun)));
    }

    [Theory]
    [InlineData("crypto", "cryptocurrency")]
    [InlineData("nickname", "called")]
    public void A_short_or_informal_word_meets_the_word_it_stands_for_even_when_an_article_uses_it_too(string informal, string plain)
    {
        Assert.Contains(TermAnalyzer.Stem(plain), new Vocabulary().Expand(TermAnalyzer.Stem(informal)));
    }

    [Fact]
    public async Task Trying_to_fly_somewhere_is_met_by_boarding_a_flight_there()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Clerk Held at Tarnby Airport

            TARNBY — A court clerk was arrested at Tarnby Airport on Friday as he tried to board a flight to Brillport, police said.
            """));

        Assert.Contains("Brillport", await bot.AnswerAsync("where was the clerk trying to fly to"));
    }

    [Fact]
    public async Task The_driver_of_a_van_is_met_by_the_man_who_drove_it()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Explosives Stolen From Tarnby Depot

            TARNBY — Soldiers found 40 crates of explosives missing from the Tarnby depot on Monday.
            Police are looking for a fourth man, who they believe drove the van and may have fled to Corvia.
            """));

        Assert.Contains("Corvia", await bot.AnswerAsync("where might the van driver have fled to"));
    }
}
