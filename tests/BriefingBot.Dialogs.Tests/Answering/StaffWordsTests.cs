using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Questions in the staff's everyday words for what an invented article says in its own: a title, a verb before its object.</summary>
public sealed class StaffWordsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Museum Guard Held Over Painting Theft

        VELDA — Police arrested a museum guard on Monday over the theft of a painting from the Velda Art Hall, prosecutors said.
        Hall Director Ivo Brenn put the cost of the theft at about 90,000 euros.
        """, """
        Harbour Reopens

        The harbour at Lune reopened on Friday after a storm closed it for two days.
        """));

    [Fact]
    public void A_convener_is_a_leader_as_a_chairman_is()
    {
        Assert.Equal("lead", new Vocabulary().Meaning(TermAnalyzer.Stem("convener")));
    }

    [Fact]
    public async Task A_verb_before_its_object_is_the_asked_verb()
    {
        Assert.Contains("90,000", await _bot.AnswerAsync("what did the theft cost the museum"), StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
