using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers from the best-ranked sentences that cover the question and meet its constraints: the extractors' answers of
/// the expected kind (or a stated span), without those of stories missing an asked word (<see cref="CoveredStory"/>),
/// put in order by <see cref="CandidateOrder"/> and chosen by <see cref="AnswerChooser"/>;
/// asked of all stories, other stories' answers about as strong come along as rivals.
/// </summary>
public sealed class RankedAnswers
{
    private readonly SentenceRanker _ranker;
    private readonly IReadOnlyList<IAnswerExtractor> _extractors;
    private readonly AnsweringOptions _options;
    private readonly AnswerChooser _chooser;
    private readonly YesNoAnswerer _yesNo;
    private readonly StatedSpans _spans;
    private readonly PlacesOfOrigin _origins;
    private readonly StoryRivals _rivals;
    private readonly CandidateOrder _order;
    private readonly AgedRivals _agedRivals;
    private readonly CoveredStory _covered;
    private readonly OrdinalRivals _ordinalRivals;
    private readonly CountedGroups _groups;
    private readonly CountedRivals _countedRivals;
    private readonly ContinuedSentences _continued;
    private readonly StoryNamedSentences _storyNamed;
    private readonly ReasonNounSentences _reasonNouns;
    private readonly AskedVerbSentences _verbs;
    private readonly SentenceIndex _index;

    /// <summary>Creates the answerer.</summary>
    public RankedAnswers(SentenceRanker ranker, IEnumerable<IAnswerExtractor> extractors, AnsweringOptions options, AnswerChooser chooser, YesNoAnswerer yesNo,
        StatedSpans spans, PlacesOfOrigin origins, StoryRivals rivals, CandidateOrder order, AgedRivals agedRivals, CoveredStory covered, OrdinalRivals ordinalRivals, CountedGroups groups, CountedRivals countedRivals, ContinuedSentences continued, StoryNamedSentences storyNamed,
        ReasonNounSentences reasonNouns, AskedVerbSentences verbs, SentenceIndex index)
    {
        _verbs = verbs;
        _index = index;
        _reasonNouns = reasonNouns;
        _storyNamed = storyNamed;
        _continued = continued;
        _ranker = ranker;
        _extractors = extractors.ToList();
        _options = options;
        _chooser = chooser;
        _yesNo = yesNo;
        _spans = spans;
        _origins = origins;
        _rivals = rivals;
        _order = order;
        _agedRivals = agedRivals;
        _covered = covered;
        _ordinalRivals = ordinalRivals;
        _groups = groups;
        _countedRivals = countedRivals;
    }

    /// <summary>
    /// The answer of the ranked sentences, from <paramref name="storyArticleId"/>'s only when given; with
    /// <paramref name="storyIsTopic"/> that story is one more topic word, a follow-up being about the story talked about.
    /// </summary>
    public AnswerOutcome Find(UnderstoodMessage message, int? contextEntityId, string? storyArticleId, bool storyIsTopic = false)
    {
        var named = message.AllEntityIds.Any();
        if (!named && message.Terms.Count + message.Times.Count + message.Numbers.Count == 0) return AnswerOutcome.None;
        var ordinal = OrdinalNouns.Asked(message.Normalized);
        var hasVerb = _ranker.HasVerb(message);
        var tellsAskedPart = _ranker.TellsAskedPart(message);
        var asksOrigin = PlacesOfOrigin.Asks(message);
        var contradicts = ContrastingModifiers.Of<Knowledge.Model.Sentence>(message.Normalized, _index.WordsOf);
        var groupStories = storyArticleId is null ? _groups.StoriesOf(message.Normalized) : null;
        var fitting = _ranker.Rank(message, named ? null : contextEntityId)
            .Where(r => (storyArticleId is null || r.Sentence.ArticleId == storyArticleId) && (groupStories is null || groupStories.Contains(r.Sentence.ArticleId)) && hasVerb(r) && tellsAskedPart(r) && !contradicts(r.Sentence)
                && !OrdinalNouns.Miss(ordinal, r.Sentence.Text)
                && (!asksOrigin || _origins.AnyIn(r.Sentence)));
        var sentences = fitting.Where(r => r.MeetsConstraints);
        var required = RequiredCoverage(message, storyIsTopic);
        if (message.AsksYesNo) return _yesNo.Answer(message, sentences, required);
        var ranked = sentences.Where(r => r.TermCoverage >= required).Take(_options.SentencesToSearch).ToList();
        // A sentence naming the reason for the asked act with the noun "reason" or "motive" answers before any clause.
        if (message.Expected == AnswerKind.Reason && sentences.Where(_reasonNouns.Covers(message)).Take(1).ToList() is { Count: > 0 } reasonNamed) ranked = reasonNamed;
        var kind = message.Expected == AnswerKind.Quote ? AnswerKind.Any : message.Expected;
        var extracted = ranked.Select(r => Extract(kind, message, r).ToList()).ToList();
        // "Which head teacher is quoted": a person the store did not type as one is still given by the sentence that names them.
        if (kind == AnswerKind.Person && extracted.All(c => c.Count == 0) && AnswerKindClassifier.AsksPersonByNoun(message.Normalized))
            extracted = ranked.Select(r => Extract(AnswerKind.Any, message, r).ToList()).ToList();
        var candidates = Candidates(extracted, ranked, message);
        if (candidates.Count == 0 && DeeperInStory(message, kind, sentences, ranked, required) is var (deeper, deeperExtracted, found)) (ranked, extracted, candidates) = (deeper, deeperExtracted, found);
        // "Where was it hidden" with no place named: the phrase after the hiding verb of the top covering sentence.
        if (candidates.Count == 0 && HidingPlacePhrases.Asks(message) && ranked.Count > 0 && HidingPlacePhrases.In(ranked[0]) is { } hiding) candidates = [hiding];
        // No sentence covering the question gives the answer: one whose sentence before it holds the asked words it lacks may.
        if (candidates.Count == 0 && ContinuedSentences.Asks(message))
        {
            var covers = _continued.Covers(message);
            ranked = sentences.Where(r => r.TermCoverage < required && covers(r)).Take(_options.SentencesToSearch).ToList();
            extracted = ranked.Select(r => Extract(kind, message, r).ToList()).ToList();
            candidates = Candidates(extracted, ranked, message);
        }
        // A why-question naming its story ("in the dock fire") may be answered by a sentence leaving those words to its story.
        if (candidates.Count == 0 && message.Expected == AnswerKind.Reason)
        {
            var storyCovers = _storyNamed.Covers(message);
            var storyRanked = sentences.Where(r => r.TermCoverage < required && storyCovers(r)).Take(_options.SentencesToSearch).ToList();
            var storyExtracted = storyRanked.Select(r => Extract(kind, message, r).ToList()).ToList();
            if (Candidates(storyExtracted, storyRanked, message) is { Count: > 0 } storyCandidates) (ranked, extracted, candidates) = (storyRanked, storyExtracted, storyCandidates);
        }
        // "Why did the clerk sell the permits": "…, which police say was her reason for helping" names the reason for the story's own act.
        if (candidates.Count == 0 && message.Expected == AnswerKind.Reason && fitting.Where(_reasonNouns.CoversStoryAct(message)).Take(1).ToList() is { Count: > 0 } storyAct)
        {
            ranked = storyAct;
            extracted = ranked.Select(r => Extract(kind, message, r).ToList()).ToList();
            candidates = Candidates(extracted, ranked, message);
        }
        if (candidates.Count == 0 && StatedSpans.Asks(message)) candidates = _spans.Find(message, fitting).ToList();
        candidates = _order.Arrange(candidates, extracted, ranked, message);
        // A title or lede missing asked words is no answer; a sentence holding every asked word still is, and so is one
        // telling what the opening leaves out (<see cref="OpeningSentences.TellsWhatOpeningMisses"/>).
        if (kind == AnswerKind.Any && ranked.Any(r => !OpeningSentences.MissAsked(r, message) && (r.TermCoverage >= 1 || OpeningSentences.TellsWhatOpeningMisses(r, ranked, message))))
            candidates = candidates.Where(c => ranked.FirstOrDefault(r => r.Sentence.Id == c.SentenceId) is not { } r || !OpeningSentences.MissAsked(r, message)).ToList();
        var outcome = _countedRivals.Widen(_ordinalRivals.Widen(_agedRivals.Widen(_chooser.Choose(candidates, message), candidates, message), candidates, message), candidates, message);
        if (kind == AnswerKind.Any && outcome.Answer is { } whole && ranked.FirstOrDefault(r => r.Sentence.Id == whole.SentenceId) is { } opening && OpeningSentences.MissAsked(opening, message)) return AnswerOutcome.None;
        // Asked of all stories, an answer that names no one of them may have rivals in other stories.
        if (storyArticleId is not null || outcome is not { Answer: { } best, IsAmbiguous: false }) return outcome;
        var rivals = _rivals.Of(candidates, best, message);
        // "Who bought it?" with nothing said before: "it" may be any of the stories' things, so none of their answers is the answer.
        if (rivals.Count > 0 && ReferenceResolver.RefersToAThing(message.Normalized) && !message.ReferencedEntityIds.Any()) return AnswerOutcome.None;
        if (_rivals.OnlyCountingAskedNoun(best, rivals, message) is { } counting) return outcome with { Answer = counting with { Score = best.Score }, OtherStories = Array.Empty<AnswerCandidate>() };
        return outcome with { OtherStories = rivals };
    }

    /// <summary>The extracted answers, without places the question itself says and answers its story's other sentences cover.</summary>
    /// <summary>
    /// The best covering sentences are all of one story and none dates or places the act: further covering sentences of
    /// that story telling the asked verb may; null when the question is not such or none of them answers.
    /// </summary>
    private (List<RankedSentence>, List<List<AnswerCandidate>>, List<AnswerCandidate>)? DeeperInStory(UnderstoodMessage message, AnswerKind kind,
        IEnumerable<RankedSentence> sentences, List<RankedSentence> ranked, double required)
    {
        if (!ContinuedSentences.Asks(message) || ranked.Count == 0 || ranked.Any(r => r.Sentence.ArticleId != ranked[0].Sentence.ArticleId)
            || _verbs.TellsAskedVerbs(message) is not { } tells) return null;
        var story = ranked[0].Sentence.ArticleId;
        var deeper = sentences.Where(r => r.TermCoverage >= required && r.Sentence.ArticleId == story).Skip(ranked.Count).Where(r => tells(r.Sentence.Id)).Take(_options.SentencesToSearch).ToList();
        var extracted = deeper.Select(r => Extract(kind, message, r).ToList()).ToList();
        return Candidates(extracted, deeper, message) is { Count: > 0 } found ? (deeper, extracted, found) : null;
    }

    private List<AnswerCandidate> Candidates(List<List<AnswerCandidate>> extracted, List<RankedSentence> ranked, UnderstoodMessage message) =>
        _covered.Without(EchoedPlaces.Without(extracted.SelectMany(c => c).ToList(), message), ranked, message);

    /// <summary>The answers of the kind the question expects that one sentence gives.</summary>
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence sentence) => Extract(message.Expected, message, sentence);

    private IEnumerable<AnswerCandidate> Extract(AnswerKind kind, UnderstoodMessage message, RankedSentence sentence) =>
        _extractors.Where(e => e.Handles(kind)).SelectMany(e => e.Extract(message, sentence));

    /// <summary>
    /// With one or two topic words each must be in the sentence; with more, the configured share. A follow-up about "he"
    /// or "she" counts the person as one more topic word, met by every sentence meeting the constraints, when it wants a
    /// typed answer or the person does or undergoes what is asked ("what website does she run"), not when only something
    /// of theirs is ("what did the crew tell his investigators"). So does the story of a follow-up answered within it.
    /// </summary>
    private double RequiredCoverage(UnderstoodMessage message, bool storyIsTopic)
    {
        var topicWords = message.Terms.Count - message.ContextTerms.Count;
        if (!(message.WantsTypedAnswer || ReferenceResolver.NamesPersonItself(message.Normalized)) || !(storyIsTopic || ReferencedPerson.In(message)) || topicWords == 0) return topicWords <= 2 ? 1.0 : _options.MinTermCoverage;
        // "Where did she hold her news conference": "she" is one more topic word, met by every sentence that meets the constraints.
        return topicWords + 1 <= 2 ? 1.0 : Math.Max(0, ((topicWords + 1) * _options.MinTermCoverage - 1) / topicWords);
    }
}
