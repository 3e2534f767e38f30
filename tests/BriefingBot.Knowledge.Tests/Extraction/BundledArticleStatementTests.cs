using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

[Collection(BundledArticle.Name)]
public sealed class BundledArticleStatementTests(BundledKnowledge fixture)
{
    [Fact]
    public void Comey_warned_in_march_2017_about_a_terrorist_diaspora()
    {
        var comey = fixture.Named("James Comey");

        var warning = fixture.Knowledge.StatementsBy(comey.Id).Single(s => s.Verb == "warn");

        Assert.Contains("terrorist diaspora", warning.Content);
        Assert.NotNull(warning.TimeId);
        var time = fixture.Knowledge.Time(warning.TimeId!.Value);
        Assert.Equal(new DateTime(2017, 3, 1), time.ResolvedStart);
        Assert.Equal("March 2017", time.Display);
    }

    [Fact]
    public void He_added_after_a_quote_is_attributed_to_the_previous_speaker()
    {
        var allawi = fixture.Named("Ayad Allawi");

        var added = fixture.Knowledge.StatementsBy(allawi.Id).Single(s => s.Verb == "add");

        Assert.StartsWith("I can\u2019t see ISIS disappearing into thin air", added.Content);
        Assert.Contains("sleeping cells", added.Content);
        Assert.Equal(2, added.SentenceIds.Count);
    }

    [Fact]
    public void Allawis_statements_include_the_inverted_said_and_the_note()
    {
        var verbs = fixture.Knowledge.StatementsBy(fixture.Named("Ayad Allawi").Id).Select(s => s.Verb).ToList();

        Assert.Contains("say", verbs);
        Assert.Contains("note", verbs);
        Assert.Contains("cite", verbs);
    }

    [Fact]
    public void Said_with_a_colon_takes_the_next_paragraph_as_the_statement()
    {
        var kelly = fixture.Named("John Kelly");

        var said = fixture.Knowledge.StatementsBy(kelly.Id).Single(s => s.Verb == "say");

        Assert.Contains("Visa Waiver Program [VWP]", said.Content);
        Assert.Equal(3, said.SentenceIds.Count);
    }

    [Fact]
    public void Two_speakers_joined_by_and_each_get_the_statement()
    {
        var speakers = fixture.Knowledge.Statements.Where(s => s.Verb == "label").Select(s => fixture.Knowledge.Entity(s.SpeakerEntityId).Name);

        Assert.Equal(new[] { "Abu Bakr al-Baghdadi", "Ayman al Zawahiri" }, speakers.Order());
    }

    [Fact]
    public void A_trailing_source_attribution_does_not_duplicate_the_quote()
    {
        var quote = fixture.Knowledge.Statements.Where(s => s.Content.StartsWith("The discussion has started now")).ToList();

        var statement = Assert.Single(quote);
        Assert.Equal("Ayad Allawi", fixture.Knowledge.Entity(statement.SpeakerEntityId).Name);
        Assert.Equal(new DateTime(2017, 4, 17), fixture.Knowledge.Time(statement.TimeId!.Value).ResolvedStart);
    }
}
