using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

[Collection(BundledArticle.Name)]
public sealed class BundledArticleEntityTests(BundledKnowledge fixture)
{
    [Fact]
    public void Isis_isil_and_islamic_state_are_one_organisation()
    {
        var isis = fixture.Knowledge.FindEntities("ISIS").Single().Entity;

        Assert.Equal(EntityKind.Organization, isis.Kind);
        Assert.Equal("Islamic State", isis.Name);
        Assert.Same(isis, fixture.Knowledge.FindEntities("ISIL").Single().Entity);
        Assert.Same(isis, fixture.Knowledge.FindEntities("the islamic state").Single().Entity);
    }

    [Fact]
    public void Vwp_is_an_alias_of_the_visa_waiver_program()
    {
        var program = fixture.Knowledge.FindEntities("VWP").Single().Entity;

        Assert.Equal("Visa Waiver Program", program.Name);
        Assert.Equal(EntityKind.Organization, program.Kind);
    }

    [Fact]
    public void Comey_is_a_person_whose_role_is_fbi_director_and_who_is_tied_to_the_fbi()
    {
        var comey = fixture.Knowledge.FindEntities("Comey").Single().Entity;

        Assert.Equal(EntityKind.Person, comey.Kind);
        Assert.Equal("James Comey", comey.Name);
        Assert.Contains("FBI Director", comey.Roles);
        Assert.Contains(comey.RelatedEntityIds, id => fixture.Knowledge.Entity(id).Name == "FBI");
    }

    [Fact]
    public void Kelly_keeps_his_full_title()
    {
        var kelly = fixture.Named("John Kelly");

        Assert.Contains("U.S. Secretary of Homeland Security", kelly.Roles);
        Assert.Contains("Kelly", kelly.Aliases);
    }

    [Fact]
    public void A_bracketed_role_before_a_surname_becomes_the_persons_role_tied_to_the_group()
    {
        var leader = fixture.Named("Abu Bakr al-Baghdadi");

        Assert.Contains("ISIS leader", leader.Roles);
        Assert.Contains(leader.RelatedEntityIds, id => fixture.Knowledge.Entity(id).Name == "Islamic State");
    }

    [Fact]
    public void Acronym_in_parentheses_defines_a_long_multi_word_name()
    {
        var branch = fixture.Knowledge.FindEntities("AQAP").Single().Entity;

        Assert.Equal("al-Qaeda in the Arabian Peninsula", branch.Name);
        Assert.NotEqual(fixture.Named("al-Qaeda").Id, branch.Id);
        Assert.Contains(branch.RelatedEntityIds, id => fixture.Knowledge.Entity(id).Name == "Yemen");
    }

    [Fact]
    public void Turkistan_islamic_party_is_described_by_the_apposition_before_it()
    {
        var party = fixture.Knowledge.FindEntities("TIP").Single().Entity;

        Assert.Contains("the al-Qaeda affiliate that threatened China", party.Descriptions);
        Assert.Contains(party.RelatedEntityIds, id => fixture.Knowledge.Entity(id).Name == "al-Qaeda");
    }

    [Fact]
    public void Mosul_is_a_place_related_to_iraq()
    {
        var mosul = fixture.Named("Mosul");

        Assert.Equal(EntityKind.Place, mosul.Kind);
        Assert.Contains(mosul.RelatedEntityIds, id => fixture.Knowledge.Entity(id).Name == "Iraq");
    }

    [Fact]
    public void Demonyms_and_words_opening_a_quoted_sentence_are_not_entities()
    {
        var names = fixture.Knowledge.Entities.Select(e => e.Name).ToList();

        Assert.DoesNotContain("Iraqi", names);
        Assert.DoesNotContain("There", names);
        Assert.DoesNotContain("Not", names);
    }
}
