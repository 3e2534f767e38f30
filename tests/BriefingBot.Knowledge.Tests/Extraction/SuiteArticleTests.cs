using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

/// <summary>The same kinds of checks on articles about other topics: nothing in the pipeline knows the bundled one.</summary>
[Collection(SuiteArticles.Name)]
public sealed class SuiteArticleTests(SuiteKnowledge fixture)
{
    private Entity Find(string text) => fixture.Knowledge.FindEntities(text).First().Entity;

    [Fact]
    public void Every_test_article_loads_newest_first()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "articles", "suite"), "*.txt").Length;

        Assert.Equal(files, fixture.Knowledge.Articles.Count);
        Assert.True(files >= 3);
        Assert.Equal(fixture.Knowledge.Articles.OrderByDescending(a => a.Published).Select(a => a.Id), fixture.Knowledge.Articles.Select(a => a.Id));
    }

    [Fact]
    public void An_acronym_in_parentheses_names_an_agency_whose_director_is_the_person_after_it()
    {
        var agency = Find("NCDA");
        var director = Find("Zielinska");

        Assert.Equal("National Cyber Defence Agency", agency.Name);
        Assert.Equal(EntityKind.Person, director.Kind);
        Assert.Contains("NCDA Director", director.Roles);
        Assert.Contains(agency.Id, director.RelatedEntityIds);
    }

    [Fact]
    public void An_all_caps_title_splits_company_role_and_person()
    {
        var ceo = Find("Wrona");

        Assert.Equal("Tomasz Wrona", ceo.Name);
        Assert.Contains("Amber Coast Terminals CEO", ceo.Roles);
        Assert.Equal(EntityKind.Organization, Find("Amber Coast Terminals").Kind);
    }

    [Fact]
    public void A_possessive_owner_and_lowercase_title_before_a_name_become_the_role()
    {
        var researcher = Find("Anna Kowal");

        Assert.Contains("Halyard chief researcher", researcher.Roles);
        Assert.Equal("Halyard Security", fixture.Knowledge.Entity(researcher.RelatedEntityIds.Single()).Name);
    }

    [Fact]
    public void Square_bracket_acronym_and_description_by_apposition()
    {
        Assert.Equal("Combined Maritime Shield", Find("CMS").Name);
        Assert.Contains("a cybersecurity firm hired by the operator to investigate", Find("Halyard Security").Descriptions);
        Assert.Equal(EntityKind.Organization, Find("BlackTide").Kind);
    }

    [Fact]
    public void Said_with_a_colon_and_he_added_are_attributed_to_the_right_people()
    {
        var keane = Find("Keane");
        var wrona = Find("Wrona");

        Assert.Contains(fixture.Knowledge.StatementsBy(keane.Id), s => s.Content.StartsWith("This was not a few angry people"));
        Assert.Contains(fixture.Knowledge.StatementsBy(wrona.Id), s => s.Verb == "add" && s.Content.Contains("no cranes"));
        Assert.Contains(fixture.Knowledge.StatementsBy(wrona.Id), s => s.Verb == "tell" && s.Content == "We will not pay criminals. Our engineers are restoring the systems from backups, and we expect to reopen the first berths within 48 hours.");
    }

    [Fact]
    public void A_speaker_named_before_an_apposition_or_after_a_clause_is_found()
    {
        var halyard = Find("Halyard Security");
        var lis = Find("Piotr Lis");

        Assert.Contains(fixture.Knowledge.StatementsBy(halyard.Id), s => s.Content.StartsWith("BlackTide had been active since 2021"));
        Assert.Contains(fixture.Knowledge.StatementsBy(lis.Id), s => s.Content.StartsWith("The other terminals at Gdansk kept working"));
    }

    [Fact]
    public void Relative_dates_resolve_against_each_articles_own_publication_date()
    {
        var friday = fixture.Knowledge.TimesIn(fixture.SentenceWith("encrypted early on Friday").Id).Single();
        var hearing = fixture.Knowledge.TimesIn(fixture.SentenceWith("public hearing").Id).Single();
        var lastMonth = fixture.Knowledge.TimesIn(fixture.SentenceWith("last month that it had raised").Id).Single();

        Assert.Equal(new DateTime(2024, 2, 9), friday.ResolvedStart);
        Assert.Equal(new DateTime(2024, 1, 1), hearing.ResolvedStart);
        Assert.Equal("October 2023", lastMonth.Display);
    }

    [Fact]
    public void A_holiday_reading_of_ordinary_words_is_not_a_date()
    {
        var times = fixture.Knowledge.TimesIn(fixture.SentenceWith("created on a single day in March 2020").Id);

        Assert.Equal(new[] { "March 2020" }, times.Select(t => t.Display));
    }

    [Fact]
    public void Quantities_keep_modifier_counted_noun_and_currency()
    {
        var ransom = fixture.Knowledge.QuantitiesIn(fixture.SentenceWith("demanded a ransom").Id);
        var ships = fixture.Knowledge.QuantitiesIn(fixture.SentenceWith("has escorted more than 120").Id);

        Assert.Contains(ransom, q => q.Kind == "currency" && q.Value == 4_500_000 && q.Unit == "Dollar");
        Assert.Contains(ships, q => q.Value == 120 && q.Unit == "ships" && q.Modifier == "more than");
    }

    [Fact]
    public void Facts_give_subject_verb_object_place_and_time()
    {
        var shutdown = fixture.Knowledge.FactsIn(fixture.SentenceWith("A ransomware attack has shut down").Id).Single();
        var sailed = fixture.Knowledge.FactsIn(fixture.SentenceWith("had sailed from the Ukrainian port").Id).Single();

        Assert.Equal("shut down", shutdown.Verb);
        Assert.Equal("Gdansk", fixture.Knowledge.Entity(shutdown.PlaceEntityId!.Value).Name);
        Assert.Equal("sail", sailed.Verb);
        Assert.Equal(EntityKind.Place, fixture.Knowledge.Entity(sailed.PlaceEntityId!.Value).Kind);
        Assert.NotNull(sailed.TimeId);
    }

    [Fact]
    public void Lone_capitalised_words_opening_a_sentence_are_not_entities()
    {
        var names = fixture.Knowledge.Entities.Select(e => e.Name).ToList();

        Assert.DoesNotContain("Truck", names);
        Assert.DoesNotContain("Insurers", names);
        Assert.DoesNotContain("Neither", names);
        Assert.Contains("Europol", names);
    }

    [Fact]
    public void A_city_followed_by_its_country_is_a_place_in_that_country()
    {
        var city = fixture.Knowledge.Entities.Single(e => e.Name == "Aden");

        Assert.Equal(EntityKind.Place, city.Kind);
        Assert.Equal("Yemen", fixture.Knowledge.Entity(city.RelatedEntityIds.Single()).Name);
    }

    [Fact]
    public void An_honorific_alone_is_not_a_role()
    {
        var farrell = Find("Oisin Farrell");

        Assert.Equal(EntityKind.Person, farrell.Kind);
        Assert.Equal(new[] { "Clearwater director" }, farrell.Roles);
    }
}
