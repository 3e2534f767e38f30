using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Store;

/// <summary>Everything extracted from a set of articles: what the store holds and the query snapshot is built from.</summary>
public sealed record KnowledgeSet(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<Fact> Facts)
{
    /// <summary>No articles at all.</summary>
    public static KnowledgeSet Empty { get; } = new(Array.Empty<Article>(), Array.Empty<Sentence>(), Array.Empty<Entity>(),
        Array.Empty<Mention>(), Array.Empty<Statement>(), Array.Empty<TimeExpression>(), Array.Empty<Quantity>(), Array.Empty<Fact>());
}
