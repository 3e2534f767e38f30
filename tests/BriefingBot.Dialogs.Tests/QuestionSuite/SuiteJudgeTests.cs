namespace BriefingBot.Dialogs.Tests.QuestionSuite;

public class SuiteJudgeTests
{
    private static SuiteTurn Answer(params string[][] groups) => new() { Say = "q", All = groups };
    private static readonly SuiteTurn RefuseTurn = new() { Say = "q", Refuse = true };

    [Fact]
    public void A_reply_containing_one_alternative_of_every_group_passes_case_insensitively()
    {
        var turn = Answer(["ISIS", "Islamic State"], ["al-Qaeda", "al Qaeda"]);

        var verdict = SuiteJudge.Judge(turn, "The islamic state and AL QAEDA are discussing an alliance.");

        Assert.True(verdict.Passed, verdict.Reason);
    }

    [Fact]
    public void A_reply_missing_one_group_fails_and_names_the_missing_group()
    {
        var turn = Answer(["Comey"], ["March"]);

        var verdict = SuiteJudge.Judge(turn, "James Comey, the FBI Director, warned about a terrorist diaspora.");

        Assert.False(verdict.Passed);
        Assert.Contains("March", verdict.Reason);
    }

    [Fact]
    public void An_empty_reply_fails_an_answer_turn_and_a_refuse_turn()
    {
        Assert.False(SuiteJudge.Judge(Answer(["Comey"]), "").Passed);
        Assert.False(SuiteJudge.Judge(RefuseTurn, null).Passed);
    }

    [Theory]
    [InlineData("Sorry, the briefing does not cover that. You could ask: who warned about a terrorist diaspora?")]
    [InlineData("The briefing doesn't cover the weather in Baghdad.")]
    [InlineData("I'm afraid the articles do NOT COVER that.")]
    public void A_refuse_turn_passes_when_the_reply_says_the_briefing_does_not_cover_it(string reply)
    {
        Assert.True(SuiteJudge.Judge(RefuseTurn, reply).Passed);
    }

    [Fact]
    public void A_refuse_turn_fails_when_the_bot_answers_instead()
    {
        var verdict = SuiteJudge.Judge(RefuseTurn, "Ayad Allawi, the Iraqi vice president.");

        Assert.False(verdict.Passed);
        Assert.Contains("instead of refusing", verdict.Reason);
    }

    [Fact]
    public void An_answer_turn_fails_when_the_bot_refuses_even_if_the_expected_words_appear()
    {
        var turn = Answer(["Comey"]);

        var verdict = SuiteJudge.Judge(turn, "The briefing does not cover that. Try: who is James Comey?");

        Assert.False(verdict.Passed);
    }

    [Fact]
    public void A_conversation_fails_when_any_of_its_turns_fails()
    {
        var c = new QuestionSuiteCase { Id = "t", Category = "follow-up", Turns = [Answer(["FBI"]), Answer(["March"])] };

        var result = SuiteRunner.Run([c], (_, say) => "James Comey is the FBI Director.");

        Assert.False(result.Cases.Single().Passed);
        Assert.True(result.Cases.Single().Turns[0].Verdict.Passed);
        Assert.Equal(0, result.Accuracy);
    }
}
