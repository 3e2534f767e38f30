using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>Whether an entity belongs to the story a closing phrase locates ("what's REN in the poisoning story").</summary>
public static class StoryEntities
{
    /// <summary>True when an article naming the entity uses a word of the phrase, in its title or any sentence.</summary>
    public static bool InStory(Entity entity, string storyWords, IBriefingKnowledge knowledge)
    {
        var story = TermAnalyzer.Terms(storyWords).ToHashSet();
        return entity.ArticleIds.Any(a => TermAnalyzer.Terms(knowledge.Article(a).Title).Any(story.Contains) || knowledge.SentencesOf(a).Any(s => s.Terms.Any(story.Contains)));
    }
}
