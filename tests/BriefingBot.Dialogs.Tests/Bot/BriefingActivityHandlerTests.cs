using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BriefingBot.Dialogs.Tests.Bot;

/// <summary>The bot through Bot.Builder's TestAdapter over a real store of the bundled and test articles.</summary>
public sealed class BriefingActivityHandlerTests : IClassFixture<BriefingActivityHandlerTests.Bot>
{
    private readonly BotUnderTest _bot;

    public BriefingActivityHandlerTests(Bot bot) => _bot = bot.Instance;

    [Fact]
    public async Task An_answer_comes_as_text_and_an_adaptive_card_citing_the_source_sentence()
    {
        var reply = Assert.Single(await _bot.SayAsync("card-1", "when did the Mosul battle begin?"));

        var card = Assert.Single(reply.Attachments);
        Assert.Equal(AdaptiveCardBuilder.ContentType, card.ContentType);
        var json = JObject.FromObject(card.Content);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Contains("raging since last October", json.ToString());
        Assert.StartsWith("Since October 2016", reply.Text);
        Assert.Contains("19 April 2017", reply.Text);
    }

    [Fact]
    public async Task A_refusal_offers_questions_the_briefing_can_answer_as_buttons()
    {
        var reply = Assert.Single(await _bot.SayAsync("refuse-1", "what is the weather in Baghdad?"));

        Assert.Contains("does not cover", reply.Text);
        Assert.NotNull(reply.SuggestedActions);
        Assert.InRange(reply.SuggestedActions.Actions.Count, 2, 3);
        Assert.All(reply.SuggestedActions.Actions, a => Assert.False(string.IsNullOrWhiteSpace(a.Value?.ToString())));
    }

    [Theory]
    [InlineData("what is the weather in Baghdad?")]
    [InlineData("how many people live in gdansk")]
    [InlineData("who is the president of china")]
    public async Task A_refusal_is_short_and_every_question_it_suggests_is_answered(string question)
    {
        var reply = Assert.Single(await _bot.SayAsync("refuse-" + question, question));

        Assert.True(reply.Text.Length < 800, reply.Text);
        Assert.True(reply.Text.Split('\n').Length <= 5, reply.Text);
        foreach (var suggestion in reply.SuggestedActions.Actions.Select(a => a.Title))
        {
            var answer = await _bot.AskAsync("suggested-" + suggestion, suggestion);
            Assert.False(answer.Contains("does not cover", StringComparison.Ordinal), $"{suggestion} -> {answer}");
        }
    }

    [Fact]
    public async Task A_follow_up_pronoun_resolves_to_the_person_asked_about_before()
    {
        await _bot.SayAsync("follow-1", "Who is James Comey?");

        var reply = Assert.Single(await _bot.SayAsync("follow-1", "When did he warn about a diaspora?"));

        Assert.StartsWith("March 2017", reply.Text);
    }

    [Fact]
    public async Task Conversations_keep_their_own_subjects()
    {
        await _bot.SayAsync("own-a", "Who is James Comey?");
        await _bot.SayAsync("own-b", "Who is John Kelly?");

        var a = Assert.Single(await _bot.SayAsync("own-a", "what did he warn about?"));
        var b = Assert.Single(await _bot.SayAsync("own-b", "what did he warn about?"));

        Assert.Contains("Comey", a.Text.Split('\n')[0]);
        Assert.Contains("Kelly", b.Text.Split('\n')[0]);
    }

    [Fact]
    public async Task An_ambiguous_question_asks_which_one_and_the_typed_choice_is_answered()
    {
        var ask = Assert.Single(await _bot.SayAsync("clarify-1", "what did the director warn about"));
        Assert.Contains("Which one do you mean?", ask.Text);
        var choices = ask.SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Contains(choices, c => c.Contains("Comey"));

        var answer = Assert.Single(await _bot.SayAsync("clarify-1", "Comey"));

        Assert.Contains("diaspora", answer.Text);
    }

    public sealed class Bot : IDisposable
    {
        public BotUnderTest Instance { get; } = new();

        public void Dispose() => Instance.Dispose();
    }
}
