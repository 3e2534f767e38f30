using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Questions refused before any sentence is looked at: words the articles never use, a "he" or "she" with no one
/// to mean, and "what did the X say" about a speaker no reporting sentence describes.
/// </summary>
public sealed partial class UnanswerableQuestions
{
    private readonly PersonNouns _personNouns;
    private readonly IBriefingKnowledge _knowledge;
    private readonly SilentSpeakers _silent;
    private readonly Vocabulary _vocabulary;
    private readonly PronounAntecedents _antecedents;

    /// <summary>Creates the check.</summary>
    public UnanswerableQuestions(PersonNouns personNouns, IBriefingKnowledge knowledge, SilentSpeakers silent, Vocabulary vocabulary, PronounAntecedents antecedents)
    {
        _antecedents = antecedents;
        _personNouns = personNouns;
        _knowledge = knowledge;
        _silent = silent;
        _vocabulary = vocabulary;
    }

    /// <summary>True when no answer from the articles can be supported.</summary>
    public bool Includes(UnderstoodMessage message) =>
        (message.UncoveredTerms.Count > 0 && !MayIgnoreUncovered(message))
        || SaysUnknownPerson(message)
        || (message.Expected == AnswerKind.Quote && _silent.AreAskedAbout(message));

    /// <summary>
    /// One word the articles never use may be a paraphrase ("participate", "vanish") when the question names what it is
    /// about (an entity, or three more words) and wants a typed answer (a number, a date, a person…) that the cited
    /// sentence must still supply, or asks a yes or no that the cited sentence must settle, or asks what a person it
    /// names said about two or more words, the statement having the others ("what did Roe say about the council's
    /// reaction"). Open questions, role words, a place the articles never name ("in Tarnby") and two or more unknown
    /// words are never let through.
    /// </summary>
    private bool MayIgnoreUncovered(UnderstoodMessage message) =>
        message.UncoveredTerms.Count == 1 && (message.AllEntityIds.Any() || message.Terms.Count >= 4) && !NamesUnknownPlace(message)
        && (message.Expected is not (AnswerKind.Any or AnswerKind.Definition or AnswerKind.Quote or AnswerKind.Reason) || message.AsksYesNo || AsksNamedSpeaker(message))
        && _personNouns.In(message).All(n => TermAnalyzer.Stem(n) != message.UncoveredTerms[0]);

    /// <summary>
    /// "Did any hospitals in Tarnby …": the unknown word stands right after "in", "at" or "near", where a place's name
    /// goes ("in charge of" is no place), so no sentence about other places answers it. A country an article names only by its demonym ("in
    /// Czechia" for "Czech police") is no unknown place.
    /// </summary>
    private bool NamesUnknownPlace(UnderstoodMessage message) =>
        PlaceSlot().Matches(message.Normalized).Any(m => TermAnalyzer.Stem(m.Groups["word"].Value) == message.UncoveredTerms[0] && !NamedByDemonym(m.Groups["word"].Value));

    private bool NamedByDemonym(string country) =>
        Gazetteer.Default.Find(country) is { } place && place.Demonyms.Any(d => _knowledge.DocumentFrequency(TermAnalyzer.Stem(d.ToLowerInvariant())) > 0);

    [GeneratedRegex(@"\b(?:in|at|near|outside|around)\s+(?<word>[a-z][a-z'-]*)\b(?! of\b)")]
    private static partial Regex PlaceSlot();

    private bool AsksNamedSpeaker(UnderstoodMessage message) =>
        message.Expected == AnswerKind.Quote && message.Normalized.Contains(" about ", StringComparison.Ordinal)
        && ((message.Entities.Any(e => !DescribedEntityFinder.IsDescription(e) && _knowledge.StatementsBy(e.Entity.Id).Count > 0)
            && message.Terms.Count(t => !_vocabulary.IsSoft(t)) >= 2) || AsksSpeakerInFocus(message));

    /// <summary>
    /// "Who is Roe?" … "what did he say about the budget cuts": the person the conversation is about said one thing
    /// only, and that is what the question asks for in its own words.
    /// </summary>
    private bool AsksSpeakerInFocus(UnderstoodMessage message) =>
        message.Entities.Count == 0 && ReferenceResolver.MentionsPerson(message.Normalized)
        && message.ReferencedEntityIds.Count(id => _knowledge.Entity(id).Kind == Knowledge.Model.EntityKind.Person && _knowledge.StatementsBy(id).Count == 1) == 1;

    /// <summary>"How old is he?" with no one to be "he": any answer would be about a stranger, unless the question names its "he" ("the mayor … after he was …") or its "her agency" stood for the organisation of the person in focus.</summary>
    private bool SaysUnknownPerson(UnderstoodMessage message) =>
        ReferenceResolver.MentionsPerson(message.Normalized) && !_antecedents.AllNamed(message)
        && !message.AllEntityIds.Select(_knowledge.Entity).Any(e => e.Kind is Knowledge.Model.EntityKind.Person or Knowledge.Model.EntityKind.Vessel)
        && !(PossessedOrganisations.Says(message.Normalized) && message.ReferencedEntityIds.Any(id => _knowledge.Entity(id).Kind == Knowledge.Model.EntityKind.Organization));
}
