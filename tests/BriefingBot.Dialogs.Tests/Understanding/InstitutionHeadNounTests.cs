using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>"Which university …" asks for an institution's name, an organisation like "which agency".</summary>
public sealed class InstitutionHeadNounTests
{
    [Theory]
    [InlineData("which university runs the tarnby lab")]
    [InlineData("which university is the brenmoor centre part of")]
    public void A_university_is_an_organisation(string question)
    {
        Assert.Equal(AnswerKind.Organization, AnswerKindClassifier.Classify(question).Kind);
    }
}
