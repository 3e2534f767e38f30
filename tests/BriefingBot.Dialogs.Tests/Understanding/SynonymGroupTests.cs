using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>Which everyday words the vocabulary reads as one meaning, and which it keeps apart.</summary>
public sealed class SynonymGroupTests
{
    private readonly Vocabulary _vocabulary = new();

    [Fact]
    public void Pupils_are_children()
    {
        Assert.Contains(TermAnalyzer.Stem("pupils"), _vocabulary.Expand(TermAnalyzer.Stem("children"), false));
    }

    [Fact]
    public void Leaving_a_country_is_no_break()
    {
        Assert.DoesNotContain(TermAnalyzer.Stem("leaving"), _vocabulary.Expand(TermAnalyzer.Stem("break"), false));
    }

    [Fact]
    public void Mediating_is_holding_talks()
    {
        Assert.Contains(TermAnalyzer.Stem("talks"), _vocabulary.Expand(TermAnalyzer.Stem("mediated"), false));
        Assert.Contains(TermAnalyzer.Stem("negotiation"), _vocabulary.Expand(TermAnalyzer.Stem("mediation"), false));
    }
}
