using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A person noun in a where-question ("the escaped prisoners") says whose event is asked, not who answers: a place still may.</summary>
public sealed class PersonNounInWhereQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Seven Inmates Escape From Harbour Jail

        Seven inmates escaped from Harbour Jail near Tarnow on Sunday through a drain under the kitchen.
        Police spokeswoman Ada Roe said five of the escapees had been recaptured by Tuesday, three of them in a barn near Radom.
        """));

    [Fact]
    public async Task A_place_answers_where_the_prisoners_were_caught()
    {
        Assert.Contains("radom", await _bot.AnswerAsync("where were three of the escaped prisoners caught"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
