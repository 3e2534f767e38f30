using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Dialogs;

/// <summary>What a refusal offers instead of an answer (invented articles, five stories).</summary>
public sealed class RefusalDialogTests : IDisposable
{
    private const string Ferry = """
        Ferry Hijacked Off Orvik, Crew Freed

        Police boarded the ferry Nordlys off Orvik on Tuesday and freed its crew of twelve.
        Police said the hijacker, a sacked deckhand, had threatened the captain with a flare gun.
        "The crew kept calm for nine hours," said Chief Inspector Ingrid Solberg of the Orvik Coast Guard (OCG).
        Solberg said the ferry would sail again on Friday.
        Police said the firm that owns the ferry had sacked the deckhand in March.
        Police named the hijacker as Jon Eik, 47, a deckhand from Orvik.
        """;

    private const string Dam = """
        Tarnby Dam Reopens After Repairs

        Police closed the road to the Tarnby dam for a week while engineers repaired its spillway.
        The dam's operator, Tarnby Water Works (TWW), said the repairs cost 3 million euros.
        "The dam is safe again," said Chief Engineer Paul Brandt of Tarnby Water Works.
        Brandt said the spillway had cracked in the spring floods.
        Shops in Tarnby stayed open all week.
        The road to Tarnby reopened on Monday.
        """;

    private const string Museum = """
        Paintings Stolen From Velka Museum

        Thieves stole four paintings from the Velka Museum on Sunday night, police said.
        "They knew exactly what they wanted," said Museum Director Hana Kral.
        Kral said the paintings were insured.
        """;

    private const string Election = """
        Ostland Votes In Early Election

        Voters in Ostland chose a new parliament on Sunday.
        "The count went smoothly," said Election Commissioner Mila Horn.
        Horn said turnout was 61 percent.
        """;

    private const string Bridge = """
        Storm Shuts Kessel Bridge

        A storm shut the Kessel bridge for two days, police said.
        "The bridge will be inspected before it reopens," said Transport Minister Olaf Berg.
        Berg said the inspection would take a week.
        The Kessel bridge carries 20,000 cars a day.
        The Kessel bridge was last shut in 2019.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Ferry, Dam, Museum, Election, Bridge));

    [Fact]
    public async Task A_refusal_says_on_its_first_line_that_the_briefing_does_not_cover_the_question()
    {
        var lines = (await _bot.AskAsync("a", "what colour was the hijacked ferry")).Split('\n');

        Assert.StartsWith("Sorry, the briefing does not cover that", lines[0]);
        Assert.DoesNotContain("Ferry Hijacked", lines[0]);
    }

    [Fact]
    public async Task A_refusal_offers_the_stories_closest_to_the_question_with_their_dates()
    {
        var reply = await _bot.AskAsync("b", "what colour was the hijacked ferry");

        Assert.Contains("Ferry Hijacked Off Orvik, Crew Freed (1 March 2024)", reply);
        Assert.DoesNotContain("Paintings Stolen", reply);
        Assert.DoesNotContain("Ostland Votes", reply);
    }

    [Fact]
    public async Task A_refusal_says_how_many_articles_the_briefing_has_and_how_to_list_them()
    {
        var reply = await _bot.AskAsync("c", "what colour was the hijacked ferry");

        Assert.Contains("of its 5 articles", reply);
        Assert.Contains("\u201Cwhat does the briefing cover?\u201D to list all 5", reply);
    }

    [Fact]
    public async Task A_refusal_close_to_no_story_offers_the_newest_three()
    {
        var reply = await _bot.AskAsync("d", "what is the capital of narnia");

        Assert.Contains("The newest of its 5 articles:", reply);
        Assert.Equal(3, reply.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_refusal_suggests_questions_about_the_closest_story_first()
    {
        var reply = Assert.Single(await _bot.SayAsync("e", "what colour was the hijacked ferry"));

        Assert.Contains("Ingrid Solberg", reply.SuggestedActions.Actions[0].Title);
    }

    [Theory]
    [InlineData("what is the capital of narnia")]
    [InlineData("how tall is the tarnby dam")]
    public async Task A_suggestion_asks_only_about_names_of_two_words_or_more(string question)
    {
        var reply = Assert.Single(await _bot.SayAsync("f-" + question, question));

        var titles = reply.SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.DoesNotContain("Tell me about Kessel", titles);
        Assert.All(titles, t => Assert.DoesNotMatch(@"^(Who is \w+\?|Tell me about \w+|What did \w+ say\?)$", t));
    }

    [Theory]
    [InlineData("what colour was the hijacked ferry")]
    [InlineData("how tall is the tarnby dam")]
    [InlineData("what is the capital of narnia")]
    public async Task Every_question_a_refusal_suggests_is_answered(string question)
    {
        var reply = Assert.Single(await _bot.SayAsync("g-" + question, question));

        Assert.InRange(reply.SuggestedActions.Actions.Count, 2, 3);
        foreach (var suggestion in reply.SuggestedActions.Actions.Select(a => a.Title))
        {
            var answer = await _bot.AskAsync("g-" + suggestion, suggestion);
            Assert.False(answer.Contains("does not cover", StringComparison.Ordinal), $"{suggestion} -> {answer}");
        }
    }

    public void Dispose() => _bot.Dispose();
}
