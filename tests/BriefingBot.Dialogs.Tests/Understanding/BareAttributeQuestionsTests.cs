using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A bare attribute word after an answer about a person asks it of that person.</summary>
public sealed class BareAttributeQuestionsTests
{
    [Theory]
    [InlineData("nationality", "what is his nationality")]
    [InlineData("and her job", "what is his job")]
    [InlineData("age", "how old is he")]
    public void A_bare_attribute_is_asked_of_the_person_in_focus(string message, string asked)
    {
        Assert.Equal(asked, BareAttributeQuestions.Rewrite(message, new ConversationMemory { FocusPersonId = 7 }));
    }

    [Fact]
    public void A_bare_attribute_with_no_person_in_focus_is_left_alone()
    {
        Assert.Null(BareAttributeQuestions.Rewrite("nationality", new ConversationMemory { FocusEntityId = 7 }));
    }

    [Fact]
    public void A_longer_question_is_left_alone()
    {
        Assert.Null(BareAttributeQuestions.Rewrite("what nationality is the ship", new ConversationMemory { FocusPersonId = 7 }));
    }
}
