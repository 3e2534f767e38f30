using BriefingBot.Dialogs.Understanding;

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
    private readonly UnanswerableQuestions _unanswerable;
    private readonly AnswerChooser _chooser;
    private readonly YesNoAnswerer _yesNo;
    private readonly StaffAnswerer _staff;
    private readonly DescribedNameAnswerer _describedName;
    private readonly StatedSpans _spans;
    private readonly PlacesOfOrigin _origins;
    private readonly StoryRivals _rivals;
    private readonly ScenePlaces _scenes;
    private readonly DescribedPeople _described;
    private readonly DescribedThings _things;

    /// <summary>Creates the finder.</summary>
    public AnswerFinder(SentenceRanker ranker, IEnumerable<IAnswerExtractor> extractors, QuoteAnswerer quotes, RelationAnswerer relations, RoleAnswerer roles,
        AnsweringOptions options, PersonNouns personNouns, Knowledge.Query.IBriefingKnowledge knowledge, UnanswerableQuestions unanswerable, AnswerChooser chooser, YesNoAnswerer yesNo, StaffAnswerer staff, DescribedNameAnswerer describedName, StatedSpans spans, PlacesOfOrigin origins, StoryRivals rivals, ScenePlaces scenes, DescribedPeople described, DescribedThings things)
    {
        _ranker = ranker;
        _extractors = extractors.ToList();
        _quotes = quotes;
        _relations = relations;
        _roles = roles;
        _options = options;
        _personNouns = personNouns;
        _knowledge = knowledge;
        _unanswerable = unanswerable;
        _chooser = chooser;
        _yesNo = yesNo;
        _staff = staff;
        _describedName = describedName;
        _spans = spans;
        _origins = origins;
        _rivals = rivals;
        _scenes = scenes;
        _described = described;
        _things = things;
    }

    /// <summary>
    /// Answers the question; <paramref name="contextEntityId"/> is the conversation's subject for implicit follow-ups,
    /// and <paramref name="storyArticleId"/>, when given, the one article whose sentences may answer.
    /// </summary>
    public AnswerOutcome Find(UnderstoodMessage message, int? contextEntityId, string? storyArticleId = null)
    {
        var outcome = FindAs(message, contextEntityId, storyArticleId);
        // "Where is he from", when no place follows a "from": a person's origin is also said by a nationality ("a Ruritanian officer").
        return outcome == AnswerOutcome.None && PlacesOfOrigin.Asks(message) && AsksAboutPerson(message)
            ? FindAs(message with { Expected = AnswerKind.Nationality }, contextEntityId, storyArticleId)
            : outcome;
    }

    private AnswerOutcome FindAs(UnderstoodMessage message, int? contextEntityId, string? storyArticleId)
    {
        if (_unanswerable.Includes(message)) return AnswerOutcome.None;
        // "Who speaks for the ministry" asks for a role, not for whoever spoke.
        if (RoleVerbs.In(message.Normalized) is not null && _roles.Find(message) is { } byVerb) return byVerb;
        // "What did the general say" is not answered by a minister's words: the speaker must be what the question calls them.
        if (message.Expected == AnswerKind.Quote && _chooser.Choose(BySpeakersAsked(_quotes.Find(message), message), message) is { Answer: not null } quoted) return quoted;
        if (message.Expected == AnswerKind.Person && IsReported(message)
            && _chooser.Choose(BySpeakersAsked(_quotes.Find(message, speakerAsAnswer: true), message), message) is { Answer: not null } speaker) return speaker;
        if (_relations.Find(message) is { } related) return new AnswerOutcome { Answer = related };
        if (_staff.Find(message) is { } staff) return new AnswerOutcome { Answer = staff };
        if (_describedName.Find(message) is { } name) return new AnswerOutcome { Answer = name };
        if (_relations.AsksOnlyForRelation(message)) return AnswerOutcome.None;
        if (_roles.Find(message) is { } byRole) return byRole;

        var named = message.AllEntityIds.Any();
        if (!named && message.Terms.Count + message.Times.Count + message.Numbers.Count == 0) return AnswerOutcome.None;
        var fitting = _ranker.Rank(message, named ? null : contextEntityId)
            .Where(r => (storyArticleId is null || r.Sentence.ArticleId == storyArticleId) && _ranker.HasVerb(r, message) && !ContrastingModifiers.Contradict(message.Normalized, r.Sentence.Text)
                && (!PlacesOfOrigin.Asks(message) || _origins.AnyIn(r.Sentence)));
        var sentences = fitting.Where(r => r.MeetsConstraints);
        if (message.AsksYesNo) return _yesNo.Answer(message, sentences, RequiredCoverage(message));
        var ranked = sentences.Where(r => r.TermCoverage >= RequiredCoverage(message)).Take(_options.SentencesToSearch).ToList();
        var kind = message.Expected == AnswerKind.Quote ? AnswerKind.Any : message.Expected;
        var candidates = ranked
            .SelectMany(r => _extractors.Where(e => e.Handles(kind)).SelectMany(e => e.Extract(message, r)))
            .ToList();
        if (candidates.Count == 0 && StatedSpans.Asks(message)) candidates = _spans.Find(message, fitting).ToList();
        // "Police arrested a local man …": the person the article names with that description.
        if (candidates.Count == 0) candidates = _described.Find(message, ranked).ToList();
        // "Police seized a fishing boat …" asked "which boat": the one thing the article calls a boat, not the pier the sentence names.
        if (DescribedThings.Asks(message) && candidates.All(c => c.EntityIds.Count > 0 && !c.EntityIds.Any(id => _things.Fits(_knowledge.Entity(id), message))) && _things.Find(message, ranked).ToList() is { Count: > 0 } things) candidates = things;
        candidates = _scenes.Closer(candidates, message);
        var outcome = _chooser.Choose(candidates, message);
        if (kind == AnswerKind.Any && outcome.Answer is { } whole && ranked.FirstOrDefault(r => r.Sentence.Id == whole.SentenceId) is { } opening && OpeningSentences.MissAsked(opening, message)) return AnswerOutcome.None;
        // Asked of all stories, an answer that names no one of them may have rivals in other stories.
        if (storyArticleId is not null || outcome is not { Answer: { } best, IsAmbiguous: false }) return outcome;
        var rivals = _rivals.Of(candidates, best, message);
        // "Who bought it?" with nothing said before: "it" may be any of the stories' things, so none of their answers is the answer.
        if (rivals.Count > 0 && ReferenceResolver.RefersToAThing(message.Normalized) && !message.ReferencedEntityIds.Any()) return AnswerOutcome.None;
        return outcome with { OtherStories = rivals };
    }

    /// <summary>Answers from one given sentence (a bare "where?" about the last answer).</summary>
    public AnswerOutcome FindIn(UnderstoodMessage message, RankedSentence sentence)
    {
        var candidates = _extractors.Where(e => e.Handles(message.Expected)).SelectMany(e => e.Extract(message, sentence)).ToList();
        return candidates.Count == 0 ? AnswerOutcome.None : new AnswerOutcome { Answer = candidates[0] };
    }

    private List<AnswerCandidate> BySpeakersAsked(IEnumerable<AnswerCandidate> statements, UnderstoodMessage message) =>
        statements.Where(c => c.EntityIds.All(id => _personNouns.Fits(_knowledge.Entity(id), message))).ToList();

    private bool AsksAboutPerson(UnderstoodMessage message) => message.AllEntityIds.Any(id => _knowledge.Entity(id).Kind == Knowledge.Model.EntityKind.Person);

    private bool IsReported(UnderstoodMessage message) => message.VerbMeaning is "say" or "warn" || message.Terms.Any(_quotes.IsStatementVerb);

    /// <summary>With one or two topic words each must be in the sentence; with more, the configured share.</summary>
    private double RequiredCoverage(UnderstoodMessage message) =>
        message.Terms.Count - message.ContextTerms.Count <= 2 ? 1.0 : _options.MinTermCoverage;
}
