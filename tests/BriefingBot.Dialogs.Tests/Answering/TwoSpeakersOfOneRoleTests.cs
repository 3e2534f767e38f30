using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What did the captain say" when two captains spoke on the subject, one a little closer in words: the bot asks which one
/// rather than pick by wording.
/// </summary>
public sealed class TwoSpeakersOfOneRoleTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Pipeline Cut Near Lakeport

        A ferry ran aground near Lakeport Harbour on Sunday night.
        "We cannot guard every pipeline in the harbour," Harbour Captain Ada Kowalczyk said.
        Ferry Captain Tom Reyes said the line had been cut by a dragged anchor.
        Fishing quotas were cut last year.
        Wages were cut in May.
        The pipeline carries gas.
        """));

    [Fact]
    public async Task Two_speakers_of_the_asked_role_make_the_question_ambiguous()
    {
        var reply = await _bot.AskAsync("a", "what did the captain say about the pipeline cut");
        Assert.Contains("Kowalczyk", reply);
        Assert.Contains("Reyes", reply);
    }

    public void Dispose() => _bot.Dispose();
}
