using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "About 90,000 litres of bottled water" counts litres: it answers "how many litres" or "how much water", never "how many
/// vessels", though a bottle is a kind of vessel; and of counts from two stories about as strong, the one that says
/// "vessels" itself answers "how many vessels", not "12 tankers" met through a kind of vessel (invented articles).
/// </summary>
public sealed class MeasuredAmountsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Taps Run Dry After Pipe Burst

        Soldiers and firefighters opened 17 aid tents in Tarnby and handed out about 90,000 litres of bottled water, and 12 tankers were sent to hospitals, schools and care homes.
        """, """
        Strike Closes Brenmoor Container Terminal

        Shipping companies have diverted at least four vessels to the Tarnian port of Kelda while they wait for the terminal to reopen.
        """));

    [Fact]
    public async Task A_measure_does_not_count_the_kind_of_its_substance()
    {
        var reply = (await _bot.AskAsync("a", "how many vessels have been diverted")).Split('>')[0];
        Assert.DoesNotContain("litres", reply);
    }

    [Fact]
    public async Task A_measure_still_answers_how_much_of_its_substance()
    {
        var reply = (await _bot.AskAsync("b", "how much bottled water did the soldiers hand out in tarnby")).Split('>')[0];
        Assert.Contains("90,000 litres", reply);
    }

    [Fact]
    public void Of_rival_stories_the_count_saying_the_asked_noun_is_the_answer()
    {
        var message = _bot.Service<QuestionUnderstanding>().Understand("how many vessels have been diverted", new ConversationMemory());
        var tankers = new AnswerCandidate("12 tankers", SentenceSaying("tankers"), 3);
        var vessels = new AnswerCandidate("at least four vessels", SentenceSaying("vessels"), 2.8);
        Assert.Equal(vessels, _bot.Service<StoryRivals>().OnlyCountingAskedNoun(tankers, [vessels], message));
    }

    private int SentenceSaying(string word) =>
        new[] { "article-0", "article-1" }.SelectMany(_bot.Knowledge.SentencesOf).First(s => s.Text.Contains(word)).Id;

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
