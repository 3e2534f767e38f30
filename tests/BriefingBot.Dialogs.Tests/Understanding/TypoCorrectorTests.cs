using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A word the articles never use is read as a misspelt name one edit away, unless it is a common English word.</summary>
public sealed class TypoCorrectorTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Explosives Stolen From Depot Near Hanover

        Soldiers at a depot near Hanover found six crates missing on Tuesday, the army said.
        Visitors under the Visa Waiver Program were not checked.
        """));

    [Fact]
    public void A_misspelt_name_is_read_as_the_name() =>
        Assert.Contains(Corrected("what was stolen near hanovr"), e => e.Name == "Hanover");

    [Fact]
    public void A_common_word_one_edit_from_a_name_is_the_word() =>
        Assert.Empty(Corrected("where was the handover to the soldiers"));

    [Fact]
    public void A_common_word_beside_another_word_of_a_name_may_misspell_it() =>
        Assert.Contains(Corrected("what is the visa waver program"), e => e.Name == "Visa Waiver Program");

    private List<Knowledge.Model.Entity> Corrected(string question)
    {
        var words = question.Split(' ');
        var corrector = new TypoCorrector(_bot.Knowledge, new EnglishWords());
        return corrector.Correct(words, words.Select(Knowledge.Text.TermAnalyzer.Stem).ToList(), []).Select(c => c.Entity.Entity).ToList();
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
