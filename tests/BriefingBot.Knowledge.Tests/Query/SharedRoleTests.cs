using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Knowledge.Tests.Query;

public sealed class SharedRoleTests
{
    private static Entity Person(int id, string name, string role, string article) =>
        new() { Id = id, Kind = EntityKind.Person, Name = name, Roles = { role }, ArticleIds = { article } };

    private static IEnumerable<string> Found(string question, params Entity[] people) =>
        new EntityFinder(people).Find(question).Select(m => m.Entity.Name);

    [Fact]
    public void A_bare_role_that_a_chief_of_another_story_also_holds_names_no_one()
    {
        var depot = Person(1, "Karla Brandt", "Senior Public Prosecutor", "depot");
        var radar = Person(2, "Mira Jansen", "Chief Prosecutor", "radar");

        Assert.Empty(Found("what did the prosecutor say", depot, radar));
        Assert.Equal(["Karla Brandt"], Found("what did the prosecutor say", depot));
    }

    [Fact]
    public void A_title_that_only_qualifies_a_role_of_another_story_does_not_blur_the_match()
    {
        var army = Person(1, "Karla Brandt", "Army Chief", "depot");
        var radar = Person(2, "Mira Jansen", "Chief Prosecutor", "radar");

        Assert.Equal(["Karla Brandt"], Found("what did the chief say", army, radar));
    }
}
