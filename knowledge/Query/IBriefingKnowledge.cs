using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Query;

/// <summary>
/// Read-only view of the knowledge store that the dialogs query. Everything an answer cites
/// (sentence, article) is reachable from here; nothing here knows about bots.
/// </summary>
public interface IBriefingKnowledge
{
    /// <summary>True when no article is loaded (missing or empty articles folder, or a store that could not be built).</summary>
    bool IsEmpty { get; }
    /// <summary>All loaded articles, newest first.</summary>
    IReadOnlyList<Article> Articles { get; }
    /// <summary>All entities.</summary>
    IReadOnlyList<Entity> Entities { get; }
    /// <summary>All statements.</summary>
    IReadOnlyList<Statement> Statements { get; }

    /// <summary>The article with that id.</summary>
    Article Article(string id);
    /// <summary>The sentence with that id.</summary>
    Sentence Sentence(int id);
    /// <summary>Sentences of an article in reading order.</summary>
    IReadOnlyList<Sentence> SentencesOf(string articleId);
    /// <summary>The entity with that id.</summary>
    Entity Entity(int id);

    /// <summary>Entities named in a piece of free text (a question): by name, alias, acronym, surname, role, possessive; case, punctuation and small typos tolerated. Longest, best matches first, non-overlapping.</summary>
    IReadOnlyList<EntityMatch> FindEntities(string text);
    /// <summary>Mentions in a sentence.</summary>
    IReadOnlyList<Mention> MentionsIn(int sentenceId);
    /// <summary>Mentions of an entity, in reading order.</summary>
    IReadOnlyList<Mention> MentionsOf(int entityId);
    /// <summary>Statements whose speaker is the entity.</summary>
    IReadOnlyList<Statement> StatementsBy(int entityId);
    /// <summary>Statements drawn from a sentence.</summary>
    IReadOnlyList<Statement> StatementsIn(int sentenceId);
    /// <summary>Resolved time expressions in a sentence.</summary>
    IReadOnlyList<TimeExpression> TimesIn(int sentenceId);
    /// <summary>The time expression with that id.</summary>
    TimeExpression Time(int id);
    /// <summary>Quantities in a sentence.</summary>
    IReadOnlyList<Quantity> QuantitiesIn(int sentenceId);
    /// <summary>Facts drawn from a sentence.</summary>
    IReadOnlyList<Fact> FactsIn(int sentenceId);

    /// <summary>BM25 ranking of sentences for the given analysed terms (see <see cref="Text.TermAnalyzer"/>), best first.</summary>
    IReadOnlyList<ScoredSentence> Search(IReadOnlyCollection<string> terms, int top);
    /// <summary>How many sentences contain the analysed term (0 when the articles never use it).</summary>
    int DocumentFrequency(string term);
}

/// <summary>An entity found in free text, with where and how well it matched.</summary>
public sealed record EntityMatch(Entity Entity, int Start, int Length, string Surface, double Score);

/// <summary>A sentence with its ranking score.</summary>
public sealed record ScoredSentence(Sentence Sentence, double Score);
