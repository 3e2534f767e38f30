using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>"Which detective …" asks for a person: a noun for a person after "which" says the kind, unless a kind noun stands beside it.</summary>
public sealed class PersonHeadNounTests
{
    [Theory]
    [InlineData("which detective is in charge of the investigation")]
    [InlineData("which officer got suspended over the theft")]
    [InlineData("which expert is quoted on the theft")]
    [InlineData("which police officers were hurt")]
    public void A_noun_for_a_person_after_which_asks_for_a_person(string question)
    {
        Assert.Equal(AnswerKind.Person, AnswerKindClassifier.Classify(question).Kind);
    }

    [Theory]
    [InlineData("which student group claimed the attack", AnswerKind.Organization)]
    [InlineData("which national agency runs the port", AnswerKind.Organization)]
    public void A_kind_noun_beside_a_noun_for_a_person_says_the_kind(string question, AnswerKind kind)
    {
        Assert.Equal(kind, AnswerKindClassifier.Classify(question).Kind);
    }
}
