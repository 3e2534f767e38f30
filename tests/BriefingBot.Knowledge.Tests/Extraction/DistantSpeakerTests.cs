using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

/// <summary>Speakers that stand away from their reporting verb: behind an apposition, before a first verb, after a role.</summary>
public sealed class DistantSpeakerTests
{
    private static readonly DateTime Published = new(2022, 6, 15);

    private static void AssertSaid(string text, string speaker, string content)
    {
        var knowledge = SyntheticArticle.Build(text, Published);

        Assert.Contains(knowledge.StatementsBy(knowledge.Named(speaker).Id), s => s.Content.Contains(content));
    }

    [Theory]
    [InlineData("Dr. Ana Lind, a researcher at the Centre for Harbour Safety (CHS) at Orlo Technical University, said most ports had no plan.")]
    [InlineData("Dr. Ana Lind, a researcher at the Centre for Harbour Safety (CHS), a Velm-based think tank, said most ports had no plan.")]
    public void The_name_an_apposition_describes_is_the_speaker_not_the_organisation_ending_it(string text) =>
        AssertSaid(text, "Ana Lind", "most ports had no plan");

    [Theory]
    [InlineData("Delta Freight chief executive Ana Lind thanked the crew and said the ship would sail on Monday.")]
    [InlineData("Delta Freight's chief executive, Ana Lind, thanked the crew and said the ship would sail on Monday.")]
    [InlineData("Harbour Minister Ana Lind ordered every port to check its cranes within 30 days, and said the ship would sail on Monday.")]
    public void The_subject_of_a_first_verb_says_what_follows_and_said(string text) =>
        AssertSaid(text, "Ana Lind", "the ship would sail on Monday");

    [Theory]
    [InlineData("\"We will find them,\" said CHS Director Ana Lind.", "We will find them")]
    [InlineData("The unit has six boats to watch the coast, said its commander, Captain Ana Lind, a former pilot.", "six boats")]
    public void A_name_after_a_role_ends_an_inverted_clause(string text, string content) => AssertSaid(text, "Ana Lind", content);

    [Fact]
    public void The_object_of_a_first_verb_is_no_speaker()
    {
        var knowledge = SyntheticArticle.Build("Officers arrested Ivo Brandt at the harbour and said he would be charged.", Published);

        Assert.Empty(knowledge.StatementsBy(knowledge.Named("Ivo Brandt").Id));
    }

    [Fact]
    public void A_name_after_said_that_goes_on_with_a_verb_is_what_was_said_about()
    {
        var knowledge = SyntheticArticle.Build("His lawyer, Jane Roe, said her client, Ivo Brandt, was innocent.", Published);

        Assert.Empty(knowledge.StatementsBy(knowledge.Named("Ivo Brandt").Id));
        Assert.Contains(knowledge.StatementsBy(knowledge.Named("Jane Roe").Id), s => s.Content.Contains("was innocent"));
    }

    [Theory]
    [InlineData("Warned of the risk in May, the council did nothing.")]
    [InlineData("Report Urges Curbs on Fake Accounts\n\nAmong its proposals: platforms should remove fake accounts within 24 hours.")]
    public void A_sentence_opening_with_a_reporting_verb_is_read_without_error(string text) =>
        Assert.NotNull(SyntheticArticle.Build(text, Published));
}
