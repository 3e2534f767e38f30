using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>"Length of the tunnel" asks how long the tunnel is; "depth", "width" and "height" likewise.</summary>
public sealed class MeasureOfQuestionTests
{
    [Theory]
    [InlineData("length of the canal at velmar", "how long is the canal at velmar")]
    [InlineData("what is the depth of the harbour", "how deep is the harbour")]
    [InlineData("whats the width of the bridge", "how wide is the bridge")]
    public void A_dimension_of_a_thing_is_asked_as_how_long_or_deep_it_is(string asked, string rewritten)
    {
        Assert.Equal(rewritten, TelegraphicQuestions.Rewrite(asked));
    }

    [Fact]
    public void A_dimension_inside_a_longer_question_is_left_alone()
    {
        Assert.Null(TelegraphicQuestions.Rewrite("why was the length of the canal a problem"));
    }
}
