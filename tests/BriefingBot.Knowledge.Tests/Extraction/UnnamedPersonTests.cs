using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class UnnamedPersonTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void A_person_known_only_by_a_quoted_nickname_is_a_person_named_by_it_with_the_description_before_it()
    {
        var knowledge = SyntheticArticle.Build(
            "Officers did not name the suspected smuggler, a 61-year-old retired ferry captain who is known to his crew as \"the Falcon.\" "
            + "He was held in the harbour town.", Published);

        var person = knowledge.Named("Falcon");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("a 61-year-old retired ferry captain", person.Descriptions);
    }
}
