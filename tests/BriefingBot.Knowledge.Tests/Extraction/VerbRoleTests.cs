using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class VerbRoleTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void A_who_clause_that_heads_a_named_body_gives_the_name_a_head_role_tied_to_the_body()
    {
        var knowledge = SyntheticArticle.Build(
            "Police raided four farms on Monday. Jane Roe, who heads the Centre for Document Security (CDS) at Norvik University, said the raids were planned for months.", Published);

        var person = knowledge.Named("Jane Roe");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("head of the Centre for Document Security", person.Roles);
        Assert.Contains(knowledge.Named("Centre for Document Security").Id, person.RelatedEntityIds);
    }

    [Fact]
    public void A_who_clause_that_heads_a_unit_of_a_possessive_owner_is_a_role_of_the_unit_tied_to_the_owner()
    {
        var knowledge = SyntheticArticle.Build(
            "Police raided four farms on Monday. Jane Roe, who heads Norvik Agency's smuggling unit, said the raids were planned for months.", Published);

        var person = knowledge.Named("Jane Roe");

        Assert.Contains("head of Norvik Agency's smuggling unit", person.Roles);
        Assert.Contains(knowledge.Named("Norvik Agency").Id, person.RelatedEntityIds);
    }

    [Fact]
    public void A_who_clause_that_heads_a_possessive_owner_alone_is_no_role()
    {
        var knowledge = SyntheticArticle.Build(
            "Police raided four farms on Monday. Jane Roe, who heads Norvik Agency's, said the raids were planned for months.", Published);

        Assert.Empty(knowledge.Named("Jane Roe").Roles);
    }

    [Theory]
    [InlineData("Tomas Varga, who led the boarding team, said the crew did not resist.", "leader of the boarding team")]
    [InlineData("Tomas Varga, 52, who chairs the harbour committee, said the crew did not resist.", "chair of the harbour committee")]
    [InlineData("Tomas Varga, who commands the Coastal Patrol Group (CPG), said the crew did not resist.", "commander of the Coastal Patrol Group")]
    [InlineData("Tomas Varga, who leads the inquiry for the police's Coastal Department, said the crew did not resist.", "leader of the inquiry")]
    public void A_who_clause_with_a_leading_verb_and_a_definite_object_is_a_role(string text, string role)
    {
        var knowledge = SyntheticArticle.Build("Police boarded a trawler on Monday. " + text, Published);

        Assert.Contains(role, knowledge.Named("Tomas Varga").Roles);
    }

    [Fact]
    public void A_who_clause_that_runs_an_indefinite_thing_is_no_role()
    {
        var knowledge = SyntheticArticle.Build("Police boarded a trawler on Monday. Ana Ruiz, 61, who runs a cafe by the quay, said the lorries came at night.", Published);

        Assert.Empty(knowledge.Named("Ana Ruiz").Roles);
    }
}
