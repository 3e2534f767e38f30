using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class NationalOrganisationNameTests
{
    private static readonly DateTime Published = new(2022, 6, 15);

    [Fact]
    public void An_organisation_named_without_its_leading_nationality_is_the_same_entity()
    {
        var knowledge = SyntheticArticle.Build(
            "The Danish Border Guard stopped a trawler near Bornholm on Monday. The Border Guard said the crew was detained.", Published);

        var guard = knowledge.FindEntities("Border Guard").Single().Entity;

        Assert.Equal("Danish Border Guard", guard.Name);
        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "Border Guard");
    }
}
