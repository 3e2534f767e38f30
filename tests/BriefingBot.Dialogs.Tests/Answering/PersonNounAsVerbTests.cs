using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Who heads the firearms team": "heads" is the verb, not a title the answer must hold, so a person the articles say
/// heads it fits though they give them no title (invented article).
/// </summary>
public sealed class PersonNounAsVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Rifles Stolen From Tarnby Barracks

        TARNBY — Thieves have stolen 40 rifles from an army barracks in Tarnby, the defence ministry said on Monday.

        The investigation was run by a joint team of Tarnian and Ostian prosecutors, with support from Tarnpol, the regional police agency.

        Jon Dale, who heads Tarnpol's firearms trafficking team, said guns supplied by the network had been linked to at least 17 shootings in Tarnia and Ostland.
        """));

    [Fact]
    public void A_person_noun_used_as_the_verb_is_no_title_the_person_must_hold()
    {
        var message = _bot.Service<QuestionUnderstanding>().Understand("who heads tarnpol's firearms team in the rifle case?", new ConversationMemory());
        var person = _bot.Knowledge.Entities.Single(e => e.Name == "Jon Dale");
        Assert.True(_bot.Service<PersonNouns>().Fits(person, message), string.Join(";", person.Roles.Concat(person.Descriptions)));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
