using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Query;

/// <summary>Convenience queries composed from <see cref="IBriefingKnowledge"/> (work with any implementation).</summary>
public static class KnowledgeExtensions
{
    /// <summary>Every fact, in article and reading order.</summary>
    public static IReadOnlyList<Fact> AllFacts(this IBriefingKnowledge knowledge) =>
        knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id)).SelectMany(s => knowledge.FactsIn(s.Id)).ToList();

    /// <summary>Facts whose subject, object or place is the entity.</summary>
    public static IReadOnlyList<Fact> FactsAbout(this IBriefingKnowledge knowledge, int entityId) =>
        knowledge.AllFacts().Where(f => f.SubjectEntityId == entityId || f.PlaceEntityId == entityId || f.ObjectEntityIds.Contains(entityId)).ToList();

    /// <summary>Sentences that mention the entity (by name, alias, role phrase or pronoun), in reading order, without repeats.</summary>
    public static IReadOnlyList<Sentence> SentencesMentioning(this IBriefingKnowledge knowledge, int entityId) =>
        knowledge.MentionsOf(entityId).Select(m => m.SentenceId).Distinct().Select(knowledge.Sentence).ToList();

    /// <summary>The article a sentence belongs to.</summary>
    public static Article ArticleOf(this IBriefingKnowledge knowledge, Sentence sentence) => knowledge.Article(sentence.ArticleId);
}
