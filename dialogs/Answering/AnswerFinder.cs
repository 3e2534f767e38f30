using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Finds the answer to a question in the store, or none. Order: words the articles never use mean no answer;
/// quotes come from statements; relations from the entity graph; everything else from the best-ranked sentences
/// that yield an answer of the expected kind. Several different answers of about the same strength make it ambiguous.
/// </summary>
public sealed class AnswerFinder
{
    private readonly SentenceRanker _ranker;
    private readonly IReadOnlyList<IAnswerExtractor> _extractors;
    private readonly QuoteAnswerer _quotes;
    private readonly RelationAnswerer _relations;
    private readonly RoleAnswerer _roles;
    private readonly AnsweringOptions _options;
    private readonly PersonNouns _personNouns;
    private readonly Knowledge.Query.IBriefingKnowledge _knowledge;
    private readonly SilentSpeakers _silent;

    /// <summary>Creates the finder.</summary>
    public AnswerFinder(SentenceRanker ranker, IEnumerable<IAnswerExtractor> extractors, QuoteAnswerer quotes, RelationAnswerer relations, RoleAnswerer roles, AnsweringOptions options,
        PersonNouns personNouns, Knowledge.Query.IBriefingKnowledge knowledge, SilentSpeakers silent)
    {
        _silent = silent;
        _personNouns = personNouns;
        _knowledge = knowledge;
        _ranker = ranker;
        _extractors = extractors.ToList();
        _quotes = quotes;
        _relations = relations;
        _roles = roles;
        _options = options;
    }

    /// <summary>Answers the question; <paramref name="contextEntityId"/> is the conversation's subject for implicit follow-ups.</summary>
    public AnswerOutcome Find(UnderstoodMessage message, int? contextEntityId)
    {
        if (message.UncoveredTerms.Count > 0 && !MayIgnoreUncovered(message)) return AnswerOutcome.None;
        if (SaysUnknownPerson(message)) return AnswerOutcome.None;
        if (message.Expected == AnswerKind.Quote && _silent.AreAskedAbout(message)) return AnswerOutcome.None;
        if (message.Expected == AnswerKind.Quote && Choose(_quotes.Find(message), message) is { Answer: not null } quoted) return quoted;
        if (message.Expected == AnswerKind.Person && IsReported(message)
            && Choose(_quotes.Find(message, speakerAsAnswer: true).Where(c => c.EntityIds.All(id => _personNouns.Fits(_knowledge.Entity(id), message))).ToList(), message) is { Answer: not null } speaker) return speaker;
        if (_relations.Find(message) is { } related) return new AnswerOutcome { Answer = related };
        if (_relations.AsksOnlyForRelation(message)) return AnswerOutcome.None;
        if (_roles.Find(message) is { } byRole) return byRole;

        var named = message.AllEntityIds.Any();
        if (!named && message.Terms.Count + message.Times.Count + message.Numbers.Count == 0) return AnswerOutcome.None;
        var ranked = _ranker.Rank(message, named ? null : contextEntityId)
            .Where(r => r.TermCoverage >= RequiredCoverage(message) && r.MeetsConstraints && _ranker.HasVerb(r, message))
            .Take(_options.SentencesToSearch);
        var kind = message.Expected == AnswerKind.Quote ? AnswerKind.Any : message.Expected;
        var candidates = ranked
            .SelectMany(r => _extractors.Where(e => e.Handles(kind)).SelectMany(e => e.Extract(message, r)))
            .ToList();
        return Choose(candidates, message);
    }

    /// <summary>
    /// One word the articles never use may be a paraphrase ("participate", "vanish") when the question names what it is
    /// about (an entity, or three more words) and wants a typed answer (a number, a date, a person…) that the cited sentence must still supply. Open
    /// questions, role words and two or more unknown words are never let through.
    /// </summary>
    private bool MayIgnoreUncovered(UnderstoodMessage message) =>
        message.UncoveredTerms.Count == 1 && (message.AllEntityIds.Any() || message.Terms.Count >= 4)
        && message.Expected is not (AnswerKind.Any or AnswerKind.Definition or AnswerKind.Quote or AnswerKind.Reason)
        && _personNouns.In(message).All(n => TermAnalyzer.Stem(n) != message.UncoveredTerms[0]);

    /// <summary>"How old is he?" with no one to be "he": any answer would be about a stranger; "the mayor … after he was …" names its "he" first (one person: "the analysts … he" does not).</summary>
    private bool SaysUnknownPerson(UnderstoodMessage message) =>
        ReferenceResolver.MentionsPerson(message.Normalized) && !NamesPersonBeforeHeOrShe(message)
        && !message.AllEntityIds.Select(_knowledge.Entity).Any(e => e.Kind == Knowledge.Model.EntityKind.Person);

    private bool NamesPersonBeforeHeOrShe(UnderstoodMessage message)
    {
        var words = message.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pronoun = Array.FindIndex(words, w => w is "he" or "she");
        var nouns = _personNouns.In(message);
        return pronoun > 0 && !words.Any(w => w is "him" or "her" or "his") && words.Take(pronoun).Any(w => nouns.Contains(w) && !w.EndsWith('s'));
    }

    private bool IsReported(UnderstoodMessage message) => message.VerbMeaning is "say" or "warn" || message.Terms.Any(_quotes.IsStatementVerb);

    /// <summary>With one or two topic words each must be in the sentence; with more, the configured share.</summary>
    private double RequiredCoverage(UnderstoodMessage message) =>
        message.Terms.Count <= 2 ? 1.0 : _options.MinTermCoverage;

    /// <summary>Answers from one given sentence (a bare "where?" about the last answer).</summary>
    public AnswerOutcome FindIn(UnderstoodMessage message, RankedSentence sentence)
    {
        var candidates = _extractors.Where(e => e.Handles(message.Expected)).SelectMany(e => e.Extract(message, sentence)).ToList();
        return candidates.Count == 0 ? AnswerOutcome.None : new AnswerOutcome { Answer = candidates[0] };
    }

    private AnswerOutcome Choose(IReadOnlyList<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (candidates.Count == 0) return AnswerOutcome.None;
        // Of answers about as strong, a date or place in the clause of the question's verb wins, and only its like rival it.
        var best = candidates.FirstOrDefault(c => c.InVerbClause && c.Score >= candidates[0].Score * _options.AmbiguityRatio) ?? candidates[0];
        var asked = message.AllEntityIds.ToHashSet();
        if (best.EntityIds.Count != 1 || asked.Contains(best.EntityIds[0])) return new AnswerOutcome { Answer = best };
        var rivals = candidates
            .Where(c => c.Score >= best.Score * _options.AmbiguityRatio && c.InVerbClause == best.InVerbClause && c.EntityIds.Count == 1 && !asked.Contains(c.EntityIds[0]))
            .GroupBy(c => c.EntityIds[0]).Select(g => g.First())
            .ToList();
        return rivals.Count > 1 ? new AnswerOutcome { Answer = best, Alternatives = rivals.Take(3).ToList() } : new AnswerOutcome { Answer = best };
    }
}
