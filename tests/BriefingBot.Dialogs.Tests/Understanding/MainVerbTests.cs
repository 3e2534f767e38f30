using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>The verb a question asks about, which the answering sentence must have (or a synonym of it).</summary>
public sealed class MainVerbTests
{
    [Theory]
    [InlineData("which port operator had hired the divers", "hired")]
    [InlineData("which firm hired the divers", "hired")]
    [InlineData("what did the thermal camera record", "record")]
    [InlineData("who was driving the van", "driving")]
    [InlineData("what did the flood cost the town", "cost")]
    [InlineData("what did police seize from the harbour suspects", "seize")]
    [InlineData("what did the thermal camera on the drone record", "record")]
    [InlineData("how many rounds of ammunition were seized", "seized")]
    [InlineData("how many people got arrested in the raids", "arrested")]
    [InlineData("what did the investigating judge decide about the skipper", "decide")]
    [InlineData("what did the clerk keep for himself", "keep")]
    [InlineData("where did he study law", "study")]
    [InlineData("where did she train as a pilot", "train")]
    [InlineData("what did the divers find on the boat", "find")]
    public void The_question_verb_is_found(string question, string verb) => Assert.Equal(verb, AnswerKindClassifier.MainVerb(question));

    [Theory]
    [InlineData("what did he warn about")]
    [InlineData("what did the minister say")]
    [InlineData("who is the mayor")]
    [InlineData("what did the minister say to reporters")]
    [InlineData("where does she work")]
    [InlineData("where did they hide the rifles")]
    [InlineData("where did she hold her news conference")]
    [InlineData("what did the scanner turn up in august")]
    public void Particles_reporting_verbs_and_auxiliaries_are_no_asked_verb(string question) => Assert.Null(AnswerKindClassifier.MainVerb(question));
}
