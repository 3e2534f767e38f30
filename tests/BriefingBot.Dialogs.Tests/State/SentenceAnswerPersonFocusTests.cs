using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Tests.State;

/// <summary>
/// An answer given as a whole sentence still puts the one person it names outside quotes into focus, so the next "his"
/// means that person (invented articles).
/// </summary>
public sealed class SentenceAnswerPersonFocusTests
{
    private const string Talks = """
        Rebel Groups in Talks Over Merger, Says Deputy Governor

        Two rebel groups in the northern hills are discussing a merger, a senior official said on Monday.
        Citing unnamed local sources, Deputy Governor Ivo Marsh said in an interview on Monday, "The discussion has started now between messengers representing rebel leader Karl Dunn and militia chief Piet Varga," reports Radio North.
        The two groups have fought each other since 2019.
        """;

    private static readonly BriefingKnowledge Knowledge = InventedArticles.Load(Talks);

    private static int QuotingSentence => Knowledge.SentencesOf(Knowledge.Articles[0].Id).Single(s => s.Text.Contains("Ivo Marsh")).Id;

    [Fact]
    public void A_sentence_answer_names_the_one_person_outside_its_quotes()
    {
        var text = Knowledge.Sentence(QuotingSentence).Text;

        var named = new ConversationFocus(Knowledge).PersonNamedBy(text, QuotingSentence, askedForPerson: false);

        Assert.Equal("Ivo Marsh", Knowledge.Entity(Assert.Single(named)).Name);
    }

    [Fact]
    public void Remembering_a_sentence_answer_puts_that_person_in_focus()
    {
        var focus = new ConversationFocus(Knowledge);
        var memory = new ConversationMemory();

        focus.Remember(memory, Array.Empty<int>(), focus.PersonNamedBy(Knowledge.Sentence(QuotingSentence).Text, QuotingSentence, false), QuotingSentence);

        Assert.Equal("Ivo Marsh", memory.FocusPersonId is int id ? Knowledge.Entity(id).Name : null);
    }

    [Fact]
    public void A_short_answer_naming_no_one_names_no_person_unless_a_person_was_asked_for()
    {
        var focus = new ConversationFocus(Knowledge);

        Assert.Empty(focus.PersonNamedBy("On Monday", QuotingSentence, askedForPerson: false));
        Assert.Equal("Ivo Marsh", Knowledge.Entity(Assert.Single(focus.PersonNamedBy("On Monday", QuotingSentence, askedForPerson: true))).Name);
    }
}
