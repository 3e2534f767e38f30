using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>The words of the articles that mention an entity: what a participle in a description may be checked against.</summary>
public static class EntityArticles
{
    /// <summary>Every analysed word of every article that mentions <paramref name="entity"/>.</summary>
    public static IEnumerable<string> WordsOf(Entity entity, IBriefingKnowledge knowledge) =>
        knowledge.MentionsOf(entity.Id).Select(m => knowledge.Sentence(m.SentenceId).ArticleId).Distinct()
            .SelectMany(knowledge.SentencesOf).SelectMany(s => s.Terms);
}
