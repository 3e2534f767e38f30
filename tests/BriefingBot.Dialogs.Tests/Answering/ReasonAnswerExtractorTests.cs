using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Why-questions over an invented article, through the real bot: which "for …", "since …" and "to …" phrases give a reason.</summary>
public sealed class ReasonAnswerExtractorTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Harbour Pilots Strike

        Harbour pilots in Port Verin stopped work on Monday because their contracts had expired.
        The union was fined for its refusal to give notice, a court said.
        The pilots were allowed to send one letter to the harbour master for their members, in March.
        The regulator said the port had broken the rules by leaving a pilot boat at the quay overnight.
        The union's treasurer, identified only as Arno V., was arrested on Tuesday.
        The ferry company has paid its deckhands double since March.
        Since the walkout, the night ferries have sailed half empty.
        The harbour master travelled to Dunmore in May to hire pilots from its training school.
        The union refused to answer questions about the strike fund.
        """));

    [Fact]
    public async Task A_because_clause_answers_why()
    {
        Assert.Contains("contracts had expired", await _bot.AskAsync("a", "why did the harbour pilots stop work"));
    }

    [Fact]
    public async Task For_its_after_a_participle_is_a_reason()
    {
        Assert.Contains("refusal to give notice", await _bot.AskAsync("b", "why was the union fined"));
    }

    [Fact]
    public async Task For_their_after_a_common_noun_names_who_it_was_for_not_why()
    {
        var reply = await _bot.AskAsync("c", "why were the pilots only allowed to send one letter");

        Assert.DoesNotContain("For their members", reply);
        Assert.Contains("does not cover", reply);
    }

    [Fact]
    public async Task A_clause_telling_the_asked_thing_again_is_no_reason()
    {
        var reply = await _bot.AskAsync("d", "why was the pilot boat left at the quay overnight");

        Assert.DoesNotContain("By leaving", reply);
    }

    [Fact]
    public async Task As_after_a_participle_names_a_role_not_a_reason()
    {
        var reply = await _bot.AskAsync("e", "why was the union's treasurer arrested");

        Assert.DoesNotContain("As Arno", reply);
    }

    [Fact]
    public async Task Since_before_a_time_says_from_when_not_why()
    {
        var reply = await _bot.AskAsync("f", "why has the ferry company paid its deckhands double");

        Assert.DoesNotContain("Since March", reply);
    }

    [Fact]
    public async Task Since_before_an_event_set_off_by_a_comma_says_from_when_not_why()
    {
        var reply = await _bot.AskAsync("f2", "why have the night ferries sailed half empty");

        Assert.DoesNotContain("Since the walkout", reply);
    }

    [Fact]
    public async Task To_and_a_verb_with_its_object_gives_the_purpose()
    {
        Assert.Contains("To hire pilots", await _bot.AskAsync("g", "why did the harbour master go to dunmore"));
    }

    [Fact]
    public async Task To_after_a_verb_taking_it_as_object_is_no_purpose()
    {
        Assert.DoesNotContain("To answer", await _bot.AskAsync("h", "why did the union refuse questions about the strike fund"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
