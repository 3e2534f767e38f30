using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>"How many mobile radar units …" counts units: the head noun is the plural after the modifiers, not the first word.</summary>
public sealed class CountedHeadNounTests
{
    [Theory]
    [InlineData("how many mobile radar units does the army have", "units")]
    [InlineData("how many converted rifles did customs find", "rifles")]
    [InlineData("how many people were hurt", "people")]
    [InlineData("how many ships were seized", "ships")]
    [InlineData("how many crew were on board", "crew")]
    public void The_counted_noun_is_the_plural_after_its_modifiers(string question, string head)
    {
        Assert.Equal(head, AnswerKindClassifier.Classify(question).HeadNoun);
    }
}
