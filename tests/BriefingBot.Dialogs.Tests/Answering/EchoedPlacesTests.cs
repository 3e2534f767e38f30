using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A where-question naming a place is not answered by that place (invented places).</summary>
public sealed class EchoedPlacesTests
{
    private static readonly List<AnswerCandidate> Candidates = [new("Ostby", 1, 2.0), new("Brill", 2, 1.5)];

    private static UnderstoodMessage Asking(string question, AnswerKind kind) =>
        new(question, TextNormalizer.Normalize(question), Intent.Question) { Expected = kind };

    [Fact]
    public void The_place_the_question_names_is_no_answer()
    {
        var left = EchoedPlaces.Without(Candidates, Asking("where did the lorries go after leaving ostby port", AnswerKind.Place));
        Assert.Equal(["Brill"], left.Select(c => c.Text));
    }

    [Fact]
    public void A_question_not_naming_the_place_keeps_it()
    {
        Assert.Equal(2, EchoedPlaces.Without(Candidates, Asking("where were the lorries searched", AnswerKind.Place)).Count);
    }

    [Fact]
    public void Other_kinds_of_answer_are_left_alone()
    {
        Assert.Equal(2, EchoedPlaces.Without(Candidates, Asking("who left ostby", AnswerKind.Person)).Count);
    }
}
