using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A sentence given whole as the answer must tell the asked action, not only share the question's nouns (invented article).</summary>
public sealed class AskedVerbSentencesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Burglars Empty Vault of Marlow Savings Bank

        MARLOW — Burglars emptied the vault of a savings bank in Marlow over the weekend, police said on Monday.
        Bank chairman Piet Dorn said the burglars had been lucky and that the vault door had passed an inspection last year.
        Detective Anna Vos said the burglars had entered the vault through a drain under the street.
        Workers painted the lobby in May.
        """));

    [Fact]
    public async Task The_sentence_using_the_asked_verb_answers()
    {
        var reply = (await _bot.AskAsync("a", "how did the burglars get into the bank vault")).Split('>')[0];
        Assert.Contains("drain", reply);
    }

    [Fact]
    public async Task No_sentence_using_the_asked_verb_is_no_answer()
    {
        var reply = (await _bot.AskAsync("b", "what had the burglars painted in the bank vault")).Split('>')[0];
        Assert.DoesNotContain("inspection", reply);
        Assert.DoesNotContain("drain", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
