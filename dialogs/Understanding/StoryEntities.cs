using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>Whether an entity belongs to the story a closing phrase locates ("what's REN in the poisoning story").</summary>
public static class StoryEntities
{
    /// <summary>
    /// True when an article naming the entity uses a word of the phrase: in its title or any sentence for an entity asked
    /// by its name ("REN"), in its title or lede for one asked by a role ("the chief prosecutor in the fleet case" is not
    /// the prosecutor of a sonar leak story that says in passing the fleet was safe).
    /// </summary>
    public static bool InStory(Entity entity, string storyWords, IBriefingKnowledge knowledge, bool byName)
    {
        var story = TermAnalyzer.Terms(storyWords).ToHashSet();
        return entity.ArticleIds.Any(a => TermAnalyzer.Terms(knowledge.Article(a).Title).Any(story.Contains)
            || knowledge.SentencesOf(a).Take(byName ? int.MaxValue : 2).Any(s => s.Terms.Any(story.Contains)));
    }
}
