using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// A question about the penalty someone could get is answered by the sentence stating it ("if convicted …, they face up
/// to seven years in prison"), though it says neither "found guilty" nor who would get it in the question's words.
/// </summary>
public sealed class PenaltyQuestionsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Two Men Charged Over Parrot Smuggling at Tarnby Crossing

        TARNBY — Two men were charged on Monday with smuggling 60 parrots through the Tarnby crossing, prosecutors said.

        Vets said the birds had been drugged to keep them quiet.
        If convicted of smuggling protected species, they face up to seven years in prison.
        The regional wildlife office has opened proceedings against their haulage firm that could lead to a fine of up to 3 million euros.
        """));

    [Fact]
    public async Task What_prison_term_the_suspects_could_get_if_found_guilty_is_what_they_face_if_convicted()
    {
        Assert.Contains("seven years", await _bot.AnswerAsync("what prison term could the parrot suspects get if found guilty"));
    }

    [Fact]
    public async Task How_much_jail_time_asks_for_a_length_of_time()
    {
        Assert.Contains("seven years", await _bot.AnswerAsync("how much jail time could the parrot suspects get?"));
    }

    [Fact]
    public async Task What_fine_a_firm_could_be_hit_with_is_the_fine_proceedings_could_lead_to()
    {
        Assert.Contains("3 million euros", await _bot.AnswerAsync("what fine could the haulage firm be hit with if found guilty"));
    }

    [Theory]
    [InlineData("how much jail time could they get")]
    [InlineData("how much time did the repairs take")]
    [InlineData("what prison term could the men get")]
    [InlineData("what sentence could the suspect get")]
    public void A_question_about_prison_time_or_a_sentence_wants_a_length_of_time(string question)
    {
        Assert.Equal(AnswerKind.Duration, AnswerKindClassifier.Classify(question).Kind);
    }

    [Theory]
    [InlineData("who was found guilty of fraud")]
    [InlineData("what did the inspectors find in the lorry")]
    public void Found_guilty_outside_a_penalty_question_frames_nothing(string question)
    {
        Assert.Empty(PenaltyQuestions.ContextTerms(question, new[] { "find", "guilti", "fraud", "inspector", "lorri" }, namesMore: false));
    }

    [Fact]
    public void A_penalty_question_naming_no_story_has_no_frame()
    {
        Assert.Empty(PenaltyQuestions.ContextTerms("what prison term could the men get if found guilty", new[] { "prison", "men", "find", "guilti" }, namesMore: false));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
