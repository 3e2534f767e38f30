using System.Text.RegularExpressions;
using BriefingBot.Dialogs.State;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>
/// Picks the offered person a short typed reply describes rather than names: "the harbour one" or "the finance minister"
/// after "Ann Roe or Bo Lind" means the one whose role, description or organisation ("Harbour Master", "head of the Port
/// Office") has a word the other choices lack; an answer naming no one, by the words of its sentence. A reply whose
/// words fit no choice alone, or two, picks none.
/// </summary>
public sealed partial class ChoiceDescriptions
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the picker.</summary>
    public ChoiceDescriptions(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The one choice the reply describes, or null.</summary>
    public PendingChoice? Pick(string normalized, IReadOnlyList<PendingChoice> choices)
    {
        if (normalized.Split(' ').Length > 6) return null;
        var typed = TermAnalyzer.Terms(normalized).ToHashSet();
        if (typed.Count == 0) return null;
        var asks = AsksSomething().IsMatch(normalized);
        // "How old is she" asks about the one just spoken of: its "old" describes no choice ("a 44-year-old clerk").
        if (asks && RefersBack().IsMatch(normalized)) return null;
        var words = choices.Select(c => (Choice: c, Words: c.EntityId > 0 ? WordsOf(c.EntityId, !asks) : SentenceWords(c, !asks))).ToList();
        var picked = words
            .Where(w => w.Words.Any(t => typed.Contains(t) && words.All(o => o.Choice == w.Choice || !o.Words.Contains(t))))
            .Select(w => w.Choice).ToList();
        return picked.Count == 1 ? picked[0] : null;
    }

    /// <summary>
    /// The stems of a person's roles and descriptions and of the names of what they are tied to (their organisation); for
    /// a person the store holds none of these for, the words of the sentence that first names them ("Dr. Ann Roe, a
    /// researcher at …"), unless the reply asks something ("who paid her?" is a new question, not a description).
    /// </summary>
    private HashSet<string> WordsOf(int entityId, bool withFirstSentence)
    {
        var entity = _knowledge.Entity(entityId);
        var related = entity.RelatedEntityIds.Select(_knowledge.Entity).Select(e => e.Name).ToList();
        var described = entity.Roles.Concat(entity.Descriptions).Concat(related).ToList();
        if (described.Count == 0 && withFirstSentence && entity.Kind == EntityKind.Person && _knowledge.MentionsOf(entityId).Where(m => !m.IsResolvedReference).MinBy(m => m.SentenceId) is { } first)
        {
            described.Add(_knowledge.Sentence(first.SentenceId).Text);
        }

        return TermAnalyzer.Terms(string.Join(' ', described)).ToHashSet();
    }

    /// <summary>
    /// An answer naming no one ("Friday" or "Saturday") is described by the words of its sentence: "i mean the student"
    /// picks the date of "the first suspect, a student, … on Friday"; none when the reply asks something.
    /// </summary>
    private HashSet<string> SentenceWords(PendingChoice choice, bool described) =>
        described ? TermAnalyzer.Terms(_knowledge.Sentence(choice.SentenceId).Text).ToHashSet() : new HashSet<string>();

    [GeneratedRegex(@"\b(he|she|they|him|her|them|his|its|their)\b")]
    private static partial Regex RefersBack();

    [GeneratedRegex(@"^(who|whom|whose|what|when|where|which|why|how)\b")]
    private static partial Regex AsksSomething();
}
