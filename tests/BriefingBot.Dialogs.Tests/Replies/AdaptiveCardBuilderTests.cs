using BriefingBot.Dialogs.Replies;

namespace BriefingBot.Dialogs.Tests.Replies;

public sealed class AdaptiveCardBuilderTests
{
    private static readonly BotReply Reply = new(ReplyKind.Answer, "Jane Roe (Port Director) \u2014 February 2024.")
    {
        Citations = new[] { new Citation("Jane Roe said the port <b>reopened</b>.", "Port Reopens", new DateTime(2024, 2, 12), null) },
    };

    [Fact]
    public void The_card_is_an_adaptive_card_version_1_5_with_a_text_fallback()
    {
        var attachment = AdaptiveCardBuilder.Build(Reply);

        var card = (Newtonsoft.Json.Linq.JObject)attachment.Content;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains("Port Reopens, 12 February 2024", (string?)card["fallbackText"]);
    }

    [Fact]
    public void The_card_shows_the_answer_then_the_cited_sentence_and_its_source()
    {
        var card = AdaptiveCardBuilder.Card(Reply).ToString();

        Assert.True(card.IndexOf("Port Director", StringComparison.Ordinal) < card.IndexOf("reopened", StringComparison.Ordinal));
        Assert.Contains("12 February 2024", card);
    }

    [Fact]
    public void Markup_in_card_text_is_escaped_not_rendered()
    {
        var card = AdaptiveCardBuilder.Card(Reply);

        var texts = card.SelectTokens("$..text").Select(t => (string)t!).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("<b>reopened</b>"));
        Assert.Contains(texts, t => t.Contains("\\<b\\>reopened\\</b\\>"));
    }

    [Fact]
    public void The_text_fallback_holds_the_whole_answer_with_its_source()
    {
        var text = ReplyFormatter.ToText(Reply);

        Assert.StartsWith("Jane Roe (Port Director)", text);
        Assert.Contains("\u201CJane Roe said the port <b>reopened</b>.\u201D", text);
        Assert.Contains("Port Reopens, 12 February 2024", text);
    }

    [Fact]
    public void A_footer_stands_under_the_details_in_the_card_and_in_the_text()
    {
        var reply = new BotReply(ReplyKind.Refusal, "Sorry, the briefing does not cover that.") { Details = new[] { "Port Reopens (12 February 2024)" }, Footer = "You could ask \u201CBrief me\u201D." };

        var card = AdaptiveCardBuilder.Card(reply).ToString();
        var text = ReplyFormatter.ToText(reply);

        Assert.True(card.IndexOf("Port Reopens", StringComparison.Ordinal) < card.IndexOf("You could ask", StringComparison.Ordinal));
        Assert.EndsWith("- Port Reopens (12 February 2024)\nYou could ask \u201CBrief me\u201D.", text);
    }
}
