using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Puts the extractors' answers in the order the chooser should weigh them: the person or thing a ranked sentence only
/// describes, the closer place of a story, an exact count before "dozens", the age of the described person asked for or of the one named doing the asked action, a sentence telling the asked action; a sentence about
/// another person than the "he" asked about last.
/// </summary>
public sealed class CandidateOrder
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly DescribedPeople _described;
    private readonly DescribedThings _things;
    private readonly ScenePlaces _scenes;
    private readonly ExactCounts _exact;
    private readonly AgedNouns _aged;
    private readonly AgedDoers _doers;
    private readonly AskedVerbSentences _verbs;
    private readonly OtherPeoplesSentences _otherPeople;

    /// <summary>Creates the ordering.</summary>
    public CandidateOrder(IBriefingKnowledge knowledge, DescribedPeople described, DescribedThings things, ScenePlaces scenes, ExactCounts exact, AgedNouns aged, AgedDoers doers, AskedVerbSentences verbs, OtherPeoplesSentences otherPeople)
    {
        _otherPeople = otherPeople;
        _knowledge = knowledge;
        _described = described;
        _things = things;
        _scenes = scenes;
        _exact = exact;
        _aged = aged;
        _doers = doers;
        _verbs = verbs;
    }

    /// <summary>The candidates, reordered or replaced; <paramref name="extracted"/> holds each ranked sentence's own answers.</summary>
    public List<AnswerCandidate> Arrange(List<AnswerCandidate> candidates, IReadOnlyList<List<AnswerCandidate>> extracted, IReadOnlyList<RankedSentence> ranked, UnderstoodMessage message)
    {
        // "Police arrested a local man …": the person the article names with that description, also when that sentence
        // outranks the first one naming anybody.
        var unnamed = ranked.Take(extracted.TakeWhile(c => !c.Any(NamesPerson)).Count()).ToList();
        var described = _described.Find(message, unnamed).ToList();
        // "Prosecutors charged an engineer …, the Office said": the engineer, not the office that spoke.
        candidates = described.Concat(candidates.Where(c => !described.Any(d => d.SentenceId == c.SentenceId))).ToList();
        candidates = _things.InsteadOf(candidates, message, ranked);
        candidates = _scenes.Closer(candidates, message);
        return _otherPeople.Last(_verbs.Before(_doers.Before(_aged.Before(_exact.Before(candidates, message, ranked), message), message), message), message);
    }

    private bool NamesPerson(AnswerCandidate candidate) => candidate.EntityIds.Any(id => _knowledge.Entity(id).Kind == EntityKind.Person);
}
