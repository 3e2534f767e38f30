using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

public sealed class EllipsisTests
{
    [Theory]
    [InlineData("where", "When did the marines retake the ship?", "where did the marines retake the ship")]
    [InlineData("by whom", "when were the systems encrypted", "by whom were the systems encrypted")]
    [InlineData("and how long", "when did the pirates surrender", "how long did the pirates surrender")]
    public void A_bare_question_word_asks_the_last_question_again_with_it(string bare, string last, string expected)
    {
        Assert.Equal(expected, Ellipsis.AskAgain(bare, last));
    }

    [Theory]
    [InlineData("where", "tell me about the port")]
    [InlineData("where", "where is the port")]
    [InlineData("where", null)]
    public void Without_a_question_word_to_replace_nothing_is_asked_again(string bare, string? last)
    {
        Assert.Null(Ellipsis.AskAgain(bare, last));
    }

    [Fact]
    public void And_with_a_question_word_is_not_an_elliptical_subject()
    {
        Assert.Null(Ellipsis.Rewrite("and how long", "when did the pirates surrender"));
        Assert.Equal("who leads the agency", Ellipsis.Rewrite("and the agency", "who leads the coalition"));
    }

    [Theory]
    [InlineData("and in vella", "how many arrests in the dock raids in tarnia", "how many arrests in the dock raids in vella")]
    [InlineData("what about in vella", "when did police raid homes in tarnia", "when did police raid homes in vella")]
    [InlineData("and in vella", "how many arrests in the dock raids", "how many arrests in the dock raids in vella")]
    public void And_in_a_place_asks_the_last_question_again_of_that_place(string message, string last, string expected)
    {
        Assert.Equal(expected, Ellipsis.Relocate(message, last));
    }

    [Theory]
    [InlineData("and in vella", "who leads the dock union")]
    [InlineData("and the union", "how many arrests in tarnia")]
    public void And_in_a_place_after_a_question_with_no_place_or_count_is_not_rewritten(string message, string last)
    {
        Assert.Null(Ellipsis.Relocate(message, last));
    }

    [Fact]
    public void How_many_of_them_in_a_place_asks_the_last_count_again_of_that_place()
    {
        Assert.Equal("how many arrests in the dock raids in tarnia", Ellipsis.Narrow("how many of them in tarnia", "how many arrests in the dock raids"));
    }

    [Fact]
    public void How_many_of_them_after_a_question_that_counted_nothing_is_not_rewritten()
    {
        Assert.Null(Ellipsis.Narrow("how many of them in tarnia", "who led the dock raids"));
    }
}
