using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Stolen" in "when was that stolen?" or "the stolen gauge" is what was done, not the thing a name such as "Stolen and
/// Lost Travel Documents" is: the word names no entity.
/// </summary>
public sealed class PastFormNamesNothingTests : IDisposable
{
    private const string Theft = """
        Gauge Stolen in Tarn

        TARN — In March last year, a density gauge holding caesium was stolen from a building site near Tarn, police said.
        """;

    private const string Checks = """
        Passport Checks Tightened

        VELA — From March, every passport checked at the airport will be run against the Stolen and Lost Travel Documents database, the minister said.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Theft, Checks));

    [Fact]
    public async Task That_before_a_past_form_refers_back_to_the_thing_talked_about()
    {
        Assert.Contains("gauge", await _bot.AskAsync("a", "tell me about the density gauge"));
        Assert.DoesNotContain("Travel Documents", await _bot.AskAsync("a", "when was that stolen?"));
        Assert.Contains("not cover", await _bot.AskAsync("a", "who took it"));
    }

    [Fact]
    public void The_stolen_thing_names_no_name_beginning_with_the_word()
    {
        var message = _bot.Service<QuestionUnderstanding>().Understand("what was inside the stolen camera", new ConversationMemory());

        Assert.Empty(message.AllEntityIds);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
