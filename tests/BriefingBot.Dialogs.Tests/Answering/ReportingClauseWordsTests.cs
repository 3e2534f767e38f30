using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>The few words between the reporting verb and what was said were said too ("said the audit showed that …").</summary>
public sealed class ReportingClauseWordsTests : IDisposable
{
    private const string Article = """
        Ferry Audit Published in Norhaven

        Norhaven's port authority published its yearly report on Monday.
        Harbour master Piet Olsen said the new quay would open in June.
        Olsen, who ran the Northern Line ferries for twenty years before he joined the port board in 2019, said the audit showed that the ferry company had lost money for three years.
        Passengers have complained about late sailings.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Article));

    [Fact]
    public async Task A_topic_word_between_the_verb_and_the_statement_chooses_the_statement()
    {
        Assert.Contains("lost money", await _bot.AskAsync("a", "what did Olsen say about the audit"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
