using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What name were the letters signed with" asks for a name, which a sentence gives without the word "name" by writing
/// one as a name, in quotes or after "called" (invented article).
/// </summary>
public sealed class NameWrittenAsNameTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Threat Letters Close Tarnby Libraries

        TARNBY — Police in Tarnby have arrested a man over threat letters that closed the town's libraries for two days, prosecutors said on Monday.
        The letters, typed on the same machine and signed "Grey Owl," warned that the reading rooms would burn.
        A spokeswoman for the prosecutors, Ada Venn, said the man had written similar letters before.
        """));

    [Fact]
    public async Task A_quoted_name_answers_what_name_was_used()
    {
        Assert.Contains("Grey Owl", await _bot.AnswerAsync("what name were the threat letters signed with?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
