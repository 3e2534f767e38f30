using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Knowledge.Tests.Infrastructure;

/// <summary>Looks up sentences and their mentions by the words they hold, for tests over short written articles.</summary>
public static class SentenceMentions
{
    /// <summary>The mentions of the first sentence that starts with the words.</summary>
    public static IReadOnlyList<Mention> MentionsInSentenceStarting(this BriefingKnowledge knowledge, string start) =>
        knowledge.MentionsIn(knowledge.Knowledge.Sentences.First(s => s.Text.StartsWith(start, StringComparison.Ordinal)).Id);

    /// <summary>The resolved (description or pronoun) mention with this surface in the sentence, or null.</summary>
    public static Mention? Resolved(this IReadOnlyList<Mention> mentions, string surface) =>
        mentions.SingleOrDefault(m => m.IsResolvedReference && m.Surface == surface);

    /// <summary>The single entity with this exact name.</summary>
    public static Entity Named(this BriefingKnowledge knowledge, string name) => knowledge.Entities.Single(e => e.Name == name);
}
