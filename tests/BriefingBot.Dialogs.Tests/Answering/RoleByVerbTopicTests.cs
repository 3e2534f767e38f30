using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Who spoke for the agency on the … raid" asks for the agency's spokesperson whatever words the topic uses; "who commands
/// the … flotilla" asks for the commander of the group the article's lede calls so; a group the person is not tied to,
/// or a topic of another story, is still refused (invented articles).
/// </summary>
public sealed class RoleByVerbTopicTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Brenmoor Patrol Frees Ferry Crew After Drone Attack Near Tarnby Sound

        A Brenmoor patrol boat rescued a seized ferry near Tarnby Sound after drone strikes overnight, the northern escort flotilla said on Friday.
        Police in Brenmoor arrested four men at a warehouse on Thursday after finding 300 kilos of heroin in a lorry of apples.
        NSS Commander Captain Ada Venn, a naval officer, said the attack had been planned for weeks.
        The Northern Sea Squadron (NSS) has six ships in the area.
        Harbour Police spokeswoman Inspector Lise Brandt said officers started watching in May, when a clerk reported odd cargo papers.
        "We waited until the men came for the lorry," Brandt told reporters.
        The Harbour Police (HP) have twelve officers on the case.
        """));

    [Fact]
    public async Task The_spokeswoman_of_the_force_spoke_on_its_raid()
    {
        var question = "who spoke for the harbour police on the brenmoor warehouse raid";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Brandt", answer);
    }

    [Fact]
    public async Task The_commander_leads_the_group_the_lede_names()
    {
        var question = "who commands the escort flotilla near tarnby sound";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Venn", answer);
    }

    [Fact]
    public async Task A_group_the_story_does_not_name_is_refused()
    {
        var question = "who commands the mine clearance flotilla";
        Assert.Contains("does not cover", await _bot.AskAsync(question, question));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
