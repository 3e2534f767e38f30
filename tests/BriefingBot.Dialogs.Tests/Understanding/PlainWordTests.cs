using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>Question words no article uses that are the articles' words in another form: misspelt, informal, short, a verb made a noun.</summary>
public sealed class PlainWordTests
{
    private static readonly Knowledge.Query.BriefingKnowledge Knowledge = InventedArticles.Load("""
        Smugglers Demand Ransom in Tarn

        TARN — The smugglers demanded a ransom of 2 million euros, the Tarn Policy Institute said on Monday.
        The two sailors were handed over to coast guards near the river mouth on Friday.
        The port stayed shut over the Easter holidays.
        """);

    [Fact]
    public void A_misspelt_common_word_is_put_right_when_the_articles_use_its_stem()
    {
        var speller = new WordSpeller(Knowledge, new WordNetSynonyms(Knowledge), new Vocabulary(), new EnglishWords());

        Assert.Equal("demand", speller.Correct("demnad"));
    }

    [Fact]
    public void A_form_of_a_common_word_is_not_read_as_a_misspelling_of_another()
    {
        var speller = new WordSpeller(Knowledge, new WordNetSynonyms(Knowledge), new Vocabulary(), new EnglishWords());

        Assert.Null(speller.Correct("easier"));
    }

    [Fact]
    public void A_form_of_a_common_word_without_synonyms_is_not_read_as_a_common_word_the_articles_use()
    {
        var knowledge = InventedArticles.Load("""
            Crates Taken From Depot

            The thieves loaded the crates through the rear door on Friday.
            """);
        var speller = new WordSpeller(knowledge, new WordNetSynonyms(knowledge), new Vocabulary(), new EnglishWords());

        Assert.Null(speller.Correct("reading"));
    }

    [Fact]
    public async Task A_word_with_an_ordinary_word_is_no_misspelling_of_another_articles_word()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Clerk Arrested

            Detectives followed the clerk for four months before arresting him on Friday.
            """, """
            Trawler Held

            The trawler sailed slowly near the coast for nine days.
            """));

        Assert.Contains("four months", await bot.AnswerAsync("how long was the clerk tailed"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_verb_particle_noun_is_read_as_the_verb_and_particle_the_articles_use()
    {
        var compounds = new ParticleCompounds(Knowledge);

        Assert.Equal("hand over", compounds.Split("handover"));
        Assert.Null(compounds.Split("takeover"));
        Assert.Null(compounds.Split("gangway"));
    }

    [Fact]
    public void An_informal_word_or_short_form_has_its_ordinary_word()
    {
        var vocabulary = new Vocabulary();

        Assert.Equal("police", vocabulary.PlainWord("cops"));
        Assert.Equal("institute", vocabulary.PlainWord("inst"));
        Assert.Null(vocabulary.PlainWord("police"));
    }

    [Fact]
    public void Ops_are_operations()
    {
        Assert.Equal("operations", new Vocabulary().PlainWord("ops"));
    }

    [Theory]
    [InlineData("guys", "people")]
    [InlineData("vp", "vice president")]
    [InlineData("icu", "intensive care")]
    [InlineData("xray", "x-ray")]
    [InlineData("ex", "former")]
    public void A_chat_abbreviation_or_informal_noun_has_its_ordinary_words(string informal, string plain)
    {
        Assert.Equal(plain, new Vocabulary().PlainWord(informal));
    }

    [Theory]
    [InlineData("who is the icu chief at brenmoor clinic")]
    [InlineData("what did the tarnby vp say about the guy from the depot")]
    [InlineData("what did piet holm say the ex clerk owed")]
    public void A_question_in_chat_words_is_covered_by_the_articles_ordinary_words(string question)
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Clerk Held in Tarnby

            TARNBY — Ada Venn, head of intensive care at Brenmoor Clinic, said a man from the depot was treated on Monday.
            The vice president of the Tarnby council, Piet Holm, said the former clerk owed 4,000 euros.
            """));

        var message = bot.Service<QuestionUnderstanding>().Understand(question, new ConversationMemory());

        Assert.Empty(message.UncoveredTerms);
    }

    [Fact]
    public void A_consonant_written_once_where_english_doubles_it_is_put_right()
    {
        var knowledge = InventedArticles.Load("""
            Ferry Halted Near Brenmoor

            The ferry stopped outside Brenmoor after the crew spotted smoke in the engine room.
            """);
        var speller = new WordSpeller(knowledge, new WordNetSynonyms(knowledge), new Vocabulary(), new EnglishWords());

        Assert.Equal("stopped", speller.Correct("stoped"));
        Assert.Equal("spotted", speller.Correct("spoted"));
    }
}
