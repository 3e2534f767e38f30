using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A date, place or number asked with a verb comes from a sentence of the story that tells that verb, not from a
/// better-ranked one that only shares the story's nouns (invented articles).
/// </summary>
public sealed class AskedVerbTypedAnswersTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Intruder Alters Settings on Feeding Valves at Brenmoor Clinic

        BRENMOOR — Tarnian police have detained a web designer, 31, suspected of breaking into the network of a Brenmoor clinic and changing the settings on dozens of feeding valves, officials said on Friday.

        The attack hit Holm Memorial Clinic late on Tuesday, when an intruder logged into the server that controls the clinic's valves and raised the limits on 40 of them.

        A nurse on nights noticed the problem at 2 a.m. on Wednesday, when a valve in the children's ward showed a rate she had never seen before.

        The clinic disconnected all 300 of its networked valves from the network early on Wednesday and nurses set every valve by hand for two days, until engineers had checked each one.

        Police spokesman Piet Holm said the suspect, named only as Joran B., was arrested at his flat in Tarnby, about 80 kilometres away, on Thursday. Investigators seized two laptops and a phone.

        The suspect's lawyer, Ada Venn, said her client wrote to the clinic three times about the open account. Police believe the suspect changed the settings to prove the flaw was real.

        Joran B. faces charges of interfering with a computer system. On Friday a Brenmoor court ordered him held in custody for three months.
        """, """
        Floods Close Roads Near Vella

        VELLA — Floods closed three roads near Vella on Monday, the road agency said.
        Police arrested two men who drove past the barriers on Tuesday, agency spokeswoman Mia Lund said.
        """, """
        Smugglers Caught at Kessing Port

        KESSING — Customs officers arrested four suspects at Kessing port on Sunday after finding cigarettes in a lorry.
        The suspects were arrested after a dog found the boxes, the customs service said.
        """));

    [Fact]
    public async Task The_date_comes_from_the_sentence_telling_the_asked_verb()
    {
        var reply = (await _bot.AskAsync("a", "when was the brenmoor valve suspect arrested")).Split('>')[0];
        Assert.Contains("Thursday", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
