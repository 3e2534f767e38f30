using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Finds the answer to a question in the store, or none. Order: a question the articles cannot answer gets none; facts the
/// store holds directly (quotes, relations, roles: <see cref="DirectAnswers"/>) come next; everything else comes from the
/// best-ranked sentences that yield an answer of the expected kind (<see cref="RankedAnswers"/>). Several different answers
/// of about the same strength make it ambiguous.
/// </summary>
public sealed class AnswerFinder
{
    private readonly UnanswerableQuestions _unanswerable;
    private readonly DirectAnswers _direct;
    private readonly RankedAnswers _ranked;
    private readonly IBriefingKnowledge _knowledge;
    private readonly NounRivals _rivals;
    private readonly QuoteAnswerer _quotes;
    private readonly DoerStories _doers;
    private readonly IdentifierAnswerer _identifiers;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the finder.</summary>
    public AnswerFinder(UnanswerableQuestions unanswerable, DirectAnswers direct, RankedAnswers ranked, IBriefingKnowledge knowledge, NounRivals rivals, QuoteAnswerer quotes, DoerStories doers, IdentifierAnswerer identifiers, Vocabulary vocabulary)
    {
        _identifiers = identifiers;
        _vocabulary = vocabulary;
        _doers = doers;
        _rivals = rivals;
        _quotes = quotes;
        _unanswerable = unanswerable;
        _direct = direct;
        _ranked = ranked;
        _knowledge = knowledge;
    }

    /// <summary>
    /// Answers the question; <paramref name="contextEntityId"/> is the conversation's subject for implicit follow-ups,
    /// and <paramref name="storyArticleId"/>, when given, the one article whose sentences may answer; with
    /// <paramref name="storyIsTopic"/> the question is a follow-up about that story (<see cref="RankedAnswers.Find"/>).
    /// </summary>
    public AnswerOutcome Find(UnderstoodMessage message, int? contextEntityId, string? storyArticleId = null, bool storyIsTopic = false)
    {
        var outcome = FindAs(message, contextEntityId, storyArticleId, storyIsTopic);
        // "Where is he from", when no place follows a "from": a person's origin is also said by a nationality ("a Ruritanian officer").
        return outcome == AnswerOutcome.None && PlacesOfOrigin.Asks(message) && AsksAboutPerson(message)
            ? FindAs(message with { Expected = AnswerKind.Nationality }, contextEntityId, storyArticleId, storyIsTopic)
            : outcome;
    }

    /// <summary>Answers from one given sentence (a bare "where?" about the last answer).</summary>
    public AnswerOutcome FindIn(UnderstoodMessage message, RankedSentence sentence) =>
        _ranked.Extract(message, sentence).FirstOrDefault() is { } first ? new AnswerOutcome { Answer = first } : AnswerOutcome.None;

    private AnswerOutcome FindAs(UnderstoodMessage message, int? contextEntityId, string? storyArticleId, bool storyIsTopic) =>
        IdentifierAnswerer.AskedNoun(message) is { } noun ? _identifiers.Find(message, noun, storyArticleId)
        : _unanswerable.Includes(message) ? FindOfDoer(message, contextEntityId, storyArticleId)
        : _rivals.WidenSpoken(_direct.Find(message, contextEntityId) ?? _ranked.Find(message, contextEntityId, storyArticleId, storyIsTopic), message, named => _quotes.Find(named));

    /// <summary>"The looters" no article writes: asked again, without them, of the one story telling their verb.</summary>
    private AnswerOutcome FindOfDoer(UnderstoodMessage message, int? contextEntityId, string? storyArticleId)
    {
        if (_doers.StoryOf(message) is not { } story || (storyArticleId is not null && storyArticleId != story)) return AnswerOutcome.None;
        var asked = DoerStories.Without(message);
        return asked.Terms.Count == 0 || _unanswerable.Includes(asked) ? AnswerOutcome.None : _ranked.Find(asked, contextEntityId, story);
    }

    /// <summary>A person named or referred to, or described by a noun ("which country is the logistics officer from").</summary>
    private bool AsksAboutPerson(UnderstoodMessage message) =>
        message.AllEntityIds.Any(id => _knowledge.Entity(id).Kind == Knowledge.Model.EntityKind.Person) || message.Normalized.Split(' ').Any(w => HeadNouns.NamesPerson(_vocabulary.PlainWord(w) ?? w));
}
