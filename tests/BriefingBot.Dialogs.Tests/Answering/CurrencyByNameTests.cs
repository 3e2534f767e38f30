using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A currency the recognizer knows only by its full name ("Moroccan dirham") is still money: "40 million dirhams" (invented article).</summary>
public sealed class CurrencyByNameTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Port Upgrade Announced After Flooding

        The transport minister said the government would spend 40 million dirhams over three years on new flood barriers at the harbour.
        """));

    [Fact]
    public async Task A_number_of_a_currency_answers_how_much_spend()
    {
        Assert.Contains("40 million dirhams", await _bot.AnswerAsync("how much will the government spend on flood barriers at the harbour"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
