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
    private readonly BotUnderTest _bot = new(InventedArticles.Load(InventedStories.BarracksRifles));

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
