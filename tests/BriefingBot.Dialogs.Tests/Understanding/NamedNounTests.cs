using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>"What are the names of …" asks for names of the noun it ends on; a question without it asks none.</summary>
public sealed class NamedNounTests
{
    [Theory]
    [InlineData("what are the names of the three guards who were hurt", "guards")]
    [InlineData("what was the name of the barge the smugglers took", "barge")]
    [InlineData("what is the name of the hired security firm", "firm")]
    [InlineData("what's the name of both suspects", "suspects")]
    [InlineData("what is the tug captain's name", "captain")]
    public void The_named_noun_is_the_last_word_of_the_noun_phrase(string question, string noun)
    {
        Assert.Equal(noun, AnswerKindClassifier.NamedNoun(question));
    }

    [Theory]
    [InlineData("who guarded the barge")]
    [InlineData("what is the barge called")]
    public void A_question_not_asking_names_of_something_has_no_named_noun(string question)
    {
        Assert.Null(AnswerKindClassifier.NamedNoun(question));
    }
}
