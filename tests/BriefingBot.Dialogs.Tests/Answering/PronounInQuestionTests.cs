using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A "he"/"she" in a question that names the person by a noun first ("the mayor … after he was …"), over an invented article.</summary>
public sealed class PronounInQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Mayor Freed After Kidnapping

        A local mayor who was abducted near the river port last March was held for six weeks.
        Police said the kidnappers had demanded a large ransom.
        """));

    [Fact]
    public async Task A_pronoun_after_a_person_noun_of_the_question_refers_to_it()
    {
        Assert.Contains("six weeks", await _bot.AskAsync("a", "how long was the mayor held after he was abducted"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_pronoun_with_no_person_named_before_it_is_still_a_stranger()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("b", "how long was he held after the mayor was abducted"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
