using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A country's name no article writes, where the articles name the country by its demonym or another name.</summary>
public sealed class CountryNameTests
{
    private static readonly Knowledge.Query.BriefingKnowledge Knowledge = InventedArticles.Load("""
        Tarnby Courier Held

        TARNBY — The Moldovan courier Piet Holm was held at the Tarnby ferry terminal on Monday, police said.
        A Slovak lorry driver reported the missing crates to the harbour office.
        """);

    [Theory]
    [InlineData("where was the courier from moldova held")]
    [InlineData("what did the driver from the slovak republic report")]
    public void A_country_the_articles_name_only_by_its_demonym_is_no_unknown_word(string question)
    {
        using var bot = new BotUnderTest(Knowledge);

        var message = bot.Service<QuestionUnderstanding>().Understand(question, new ConversationMemory());

        Assert.Empty(message.UncoveredTerms);
    }

    [Fact]
    public void A_country_whose_demonym_no_article_uses_stays_unknown()
    {
        using var bot = new BotUnderTest(Knowledge);

        var message = bot.Service<QuestionUnderstanding>().Understand("where was the courier from peru held", new ConversationMemory());

        Assert.Contains("peru", message.UncoveredTerms);
    }
}
