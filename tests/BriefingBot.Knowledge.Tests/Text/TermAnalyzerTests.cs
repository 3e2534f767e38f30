using BriefingBot.Knowledge.Text;

namespace BriefingBot.Knowledge.Tests.Text;

public sealed class TermAnalyzerTests
{
    [Fact]
    public void Words_are_lowercased_stemmed_and_function_words_dropped()
    {
        Assert.Equal(new[] { "warn", "terrorist", "diaspora" }, TermAnalyzer.Terms("Who warned about the terrorist diaspora?"));
    }

    [Fact]
    public void Curly_and_straight_possessives_give_the_same_terms()
    {
        Assert.Equal(TermAnalyzer.Terms("Baghdadi's group"), TermAnalyzer.Terms("Baghdadi\u2019s group"));
        Assert.Equal(new[] { "baghdadi", "group" }, TermAnalyzer.Terms("Baghdadi\u2019s group"));
    }

    [Fact]
    public void Dotted_acronyms_keep_their_letters()
    {
        Assert.Contains("us", TermAnalyzer.Terms("the U.S. military"));
        Assert.DoesNotContain("us", TermAnalyzer.Terms("tell us more"));
    }

    [Fact]
    public void Stem_agrees_with_terms()
    {
        Assert.Equal(TermAnalyzer.Stem("raging"), TermAnalyzer.Terms("raging")[0]);
    }

    [Theory]
    [InlineData("heard", "hear")]
    [InlineData("became", "become")]
    [InlineData("underwent", "undergo")]
    [InlineData("flew", "fly")]
    public void Common_irregular_past_forms_meet_their_base_form(string past, string baseForm)
    {
        Assert.Equal(TermAnalyzer.Stem(baseForm), TermAnalyzer.Stem(past));
    }
}
