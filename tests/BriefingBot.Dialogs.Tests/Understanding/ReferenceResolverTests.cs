using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>What "it", "they", "the group" … mean in a later turn, by the kind of thing the conversation is about.</summary>
public sealed class ReferenceResolverTests
{
    private const int Town = 7;
    private const int Agency = 8;

    [Fact]
    public void The_group_does_not_mean_a_town_in_focus()
    {
        var memory = new ConversationMemory { FocusEntityId = Town, FocusPlaceId = Town };
        Assert.DoesNotContain(Town, ReferenceResolver.Resolve("how long did the police watch the group", memory, KindOf));
    }

    [Fact]
    public void The_group_means_an_organisation_in_focus_and_the_town_means_a_place()
    {
        Assert.Contains(Agency, ReferenceResolver.Resolve("how long did the police watch the group", new ConversationMemory { FocusEntityId = Agency }, KindOf));
        Assert.Contains(Town, ReferenceResolver.Resolve("how many people live in the town", new ConversationMemory { FocusEntityId = Town }, KindOf));
    }

    [Fact]
    public void The_boss_there_is_of_the_organisation_in_focus_not_of_the_place()
    {
        var memory = new ConversationMemory { FocusEntityId = Agency, FocusPlaceId = Town };
        Assert.Equal(new[] { Agency }, ReferenceResolver.Resolve("who is the boss there", memory, KindOf));
        Assert.Equal(new[] { Town }, ReferenceResolver.Resolve("how many people live there", memory, KindOf));
    }

    [Fact]
    public void The_boss_there_is_of_the_place_when_no_organisation_is_in_focus()
    {
        Assert.Equal(new[] { Town }, ReferenceResolver.Resolve("who is the boss there", new ConversationMemory { FocusEntityId = Town, FocusPlaceId = Town }, KindOf));
    }

    [Fact]
    public void It_still_means_whatever_is_in_focus()
    {
        Assert.Contains(Town, ReferenceResolver.Resolve("how big is it", new ConversationMemory { FocusEntityId = Town }, KindOf));
    }

    [Fact]
    public void That_beginning_a_clause_about_a_noun_means_nothing_in_focus()
    {
        Assert.DoesNotContain(Town, ReferenceResolver.Resolve("what did she say about the guns that already got through", new ConversationMemory { FocusEntityId = Town }, KindOf));
    }

    [Fact]
    public void That_on_its_own_still_means_what_is_in_focus()
    {
        Assert.Contains(Agency, ReferenceResolver.Resolve("who runs that", new ConversationMemory { FocusEntityId = Agency }, KindOf));
    }

    private static EntityKind KindOf(int id) => id == Town ? EntityKind.Place : EntityKind.Organization;

    [Theory]
    [InlineData("how old is he", "how old is the captain")]
    [InlineData("where is his ship", "where is the captain's ship")]
    [InlineData("who spoke to her", "who spoke to the captain")]
    public void A_pronoun_after_a_person_asked_by_a_noun_is_put_as_that_noun(string message, string expected)
    {
        Assert.Equal(expected, ReferenceResolver.PutPersonNoun(message, new ConversationMemory { FocusPersonNoun = "captain" }));
    }

    [Fact]
    public void Without_a_person_asked_by_a_noun_nothing_is_put()
    {
        Assert.Null(ReferenceResolver.PutPersonNoun("how old is he", new ConversationMemory()));
        Assert.Null(ReferenceResolver.PutPersonNoun("how old is the ship", new ConversationMemory { FocusPersonNoun = "captain" }));
    }
}
