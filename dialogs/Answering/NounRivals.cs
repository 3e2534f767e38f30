using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "What did the director say about the flood" asks a speaker only by a person noun: when the story of the chosen
/// statement quotes a second person that noun fits ("Harbour Director Ann Roe" and "Finance Director Bo Lind"), the
/// question does not say which, and both are offered, each with what they said in that story (about the topic
/// when they said anything about it).
/// </summary>
public sealed partial class NounRivals
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly PersonNouns _personNouns;
    private readonly QuoteScorer _scorer;

    /// <summary>Creates the widener.</summary>
    public NounRivals(IBriefingKnowledge knowledge, PersonNouns personNouns, QuoteScorer scorer)
    {
        _scorer = scorer;
        _knowledge = knowledge;
        _personNouns = personNouns;
    }

    /// <summary>
    /// The outcome with the rivals as alternatives; <paramref name="quotesOf"/> gives a person's statements for the question
    /// as if it named them. Unchanged when the question names a person or uses no person noun.
    /// </summary>
    public AnswerOutcome Widen(AnswerOutcome outcome, UnderstoodMessage message, Func<UnderstoodMessage, IReadOnlyList<AnswerCandidate>> quotesOf)
    {
        if (outcome.IsAmbiguous || outcome.Answer is not { EntityIds.Count: 1 } best) return outcome;
        if (_personNouns.In(message).Count == 0 || message.AllEntityIds.Any(id => _knowledge.Entity(id).Kind == EntityKind.Person)) return outcome;
        var article = _knowledge.Sentence(best.SentenceId).ArticleId;
        var rivals = _knowledge.Statements
            .Where(s => s.SpeakerEntityId != best.EntityIds[0] && s.SentenceIds.Count > 0 && _knowledge.Sentence(s.SentenceIds[0]).ArticleId == article)
            .Select(s => _knowledge.Entity(s.SpeakerEntityId)).DistinctBy(e => e.Id)
            .Where(e => e.Kind == EntityKind.Person && _personNouns.Fits(e, message) && SharesModifiers(e, _knowledge.Entity(best.EntityIds[0]), message))
            .Select(e => quotesOf(Naming(message, e)).FirstOrDefault(c => _knowledge.Sentence(c.SentenceId).ArticleId == article && c.EntityIds.SequenceEqual(new[] { e.Id }))
                ?? FirstSaid(e, article))
            .OfType<AnswerCandidate>().ToList();
        return rivals.Count == 0 ? outcome : new AnswerOutcome { Answer = best, Alternatives = rivals.Prepend(best).Take(3).ToList() };
    }

    /// <summary>
    /// A ranked sentence that answers "what did the minister say about the attack" (no statement met the topic's words)
    /// is still one person's statement: when its one speaker fits the noun, the story's other people of that noun are
    /// offered as for a statement found directly; so are they for the person answering "which minister spoke about …".
    /// Unchanged for other questions and for a sentence no one or several speak.
    /// </summary>
    public AnswerOutcome WidenSpoken(AnswerOutcome outcome, UnderstoodMessage message, Func<UnderstoodMessage, IReadOnlyList<AnswerCandidate>> quotesOf)
    {
        if (outcome.IsAmbiguous || outcome.Answer is not { } answer) return outcome;
        // "Which minister spoke about the sabotage" asks for a speaker as "what did the minister say" asks for words.
        if (message.Expected == AnswerKind.Person && answer.EntityIds.Count == 1 && AsksSpeaker(message)) return Widen(outcome, message, quotesOf);
        if (message.Expected != AnswerKind.Quote || answer.EntityIds.Count != 0) return outcome;
        var speakers = _knowledge.StatementsIn(answer.SentenceId).Select(s => s.SpeakerEntityId).Distinct().ToList();
        if (speakers.Count != 1 || !_personNouns.Fits(_knowledge.Entity(speakers[0]), message)) return outcome;
        var widened = Widen(new AnswerOutcome { Answer = answer with { EntityIds = speakers } }, message, quotesOf);
        return widened.IsAmbiguous ? widened : outcome;
    }

    private static bool AsksSpeaker(UnderstoodMessage message) => SpeakingVerb().IsMatch(message.Normalized);

    [GeneratedRegex(@"\b(speak|speaks|spoke|talk|talks|talked|comment|comments|commented)\b")]
    private static partial Regex SpeakingVerb();

    /// <summary>"The interior minister": a word before the noun that the chosen speaker's title has, a rival's must have too.</summary>
    private bool SharesModifiers(Entity rival, Entity best, UnderstoodMessage message)
    {
        var rivalTerms = TitleTerms(rival);
        return _personNouns.Modifiers(message).Where(TitleTerms(best).Contains).All(rivalTerms.Contains);
    }

    private static HashSet<string> TitleTerms(Entity person) => TermAnalyzer.Terms(string.Join(' ', person.Roles.Concat(person.Descriptions))).ToHashSet();

    /// <summary>What the person first said in the story, when nothing they said there meets the question's topic.</summary>
    private AnswerCandidate? FirstSaid(Entity person, string article) =>
        _knowledge.StatementsBy(person.Id).Where(s => s.SentenceIds.Count > 0 && _knowledge.Sentence(s.SentenceIds[0]).ArticleId == article)
            .Select(s => _scorer.Score(s, new List<string>(), new List<int>(), null, speakerAsAnswer: false, speakerNamed: true)).OfType<AnswerCandidate>().FirstOrDefault();

    private static UnderstoodMessage Naming(UnderstoodMessage message, Entity person) =>
        message with { Entities = message.Entities.Append(new EntityMatch(person, -1, 0, person.Name, 1)).ToList() };
}
