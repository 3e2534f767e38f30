using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Whose age a sentence gives: the one it stands beside ("Lena Ost, 48," / "Lena Ost, a 48-year-old nurse" /
/// "the 48-year-old nurse Lena Ost"), not anyone else the sentence names ("Ost did not name the driver, a 48-year-old
/// from the coast" is no age of Ost's).
/// </summary>
public sealed partial class AgeHolders
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the reader.</summary>
    public AgeHolders(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>
    /// False when the question names a person and the age stands beside none of that person's mentions in the
    /// sentence (names or resolved references): it is someone else's age. A person the question only means ("how old
    /// is he" after "who is Ada Venn") is held to less: the age must not stand beside another person instead, since
    /// the sentence may give it to him unnamed.
    /// </summary>
    public bool MayBeOfAsked(UnderstoodMessage message, Sentence sentence, Quantity age)
    {
        var asked = message.Entities.Where(e => e.Entity.Kind == EntityKind.Person).Select(e => e.Entity.Id).ToHashSet();
        var mentions = _knowledge.MentionsIn(sentence.Id);
        if (asked.Count > 0) return mentions.Any(m => asked.Contains(m.EntityId) && StandsBeside(sentence.Text, m, age));
        var meant = message.ReferencedEntityIds.Where(id => _knowledge.Entity(id).Kind == EntityKind.Person).ToHashSet();
        if (meant.Count == 0) return true;
        var beside = mentions.Where(m => _knowledge.Entity(m.EntityId).Kind == EntityKind.Person && StandsBeside(sentence.Text, m, age)).ToList();
        return beside.Count == 0 || beside.Any(m => meant.Contains(m.EntityId));
    }

    /// <summary>
    /// The name of the one person an age answer is said of: the one it stands beside ("55" of "NAME, 55,") or the one a
    /// description holding it describes ("a 47-year-old engineer identified only as NAME"); null for no age or no single holder.
    /// </summary>
    public string? HolderOf(AnswerCandidate candidate)
    {
        var sentence = _knowledge.Sentence(candidate.SentenceId);
        if (_knowledge.QuantitiesIn(sentence.Id).FirstOrDefault(q => q.Text == candidate.Text && q.Kind == "age") is not { } age) return null;
        var holders = _knowledge.MentionsIn(sentence.Id).Select(m => (Mention: m, Entity: _knowledge.Entity(m.EntityId)))
            .Where(p => p.Entity.Kind == EntityKind.Person && (StandsBeside(sentence.Text, p.Mention, age) || p.Entity.Descriptions.Any(d => d.Contains(age.Text))))
            .Select(p => p.Entity).DistinctBy(e => e.Id).ToList();
        return holders.Count == 1 ? holders[0].Name : null;
    }

    /// <summary>The first age stated beside one of the person's mentions ("NAME, 36,"), with its sentence; null for none.</summary>
    public (Quantity Age, int SentenceId)? AgeOf(int personId) =>
        _knowledge.MentionsOf(personId)
            .SelectMany(m => _knowledge.QuantitiesIn(m.SentenceId).Where(q => q.Kind == "age" && StandsBeside(_knowledge.Sentence(m.SentenceId).Text, m, q))
                .Select(q => ((Quantity, int)?)(q, m.SentenceId)))
            .FirstOrDefault();

    private static bool StandsBeside(string text, Mention mention, Quantity age)
    {
        var mentionEnd = Math.Min(text.Length, mention.Start + mention.Surface.Length);
        var ageStart = Math.Clamp(age.Start, 0, text.Length);
        var ageEnd = Math.Min(text.Length, ageStart + age.Text.Length);
        if (mentionEnd <= ageStart) return Apposed().IsMatch(text[mentionEnd..ageStart]);
        return mention.Start >= ageEnd && Modifying().IsMatch(text[ageEnd..mention.Start]);
    }

    /// <summary>"Lena Ost, 48" / "Lena Ost, a 48-year-old" / "Lena Ost (48)" / "Lena Ost, aged 48" / "Lena O., 48" (the initial's stop outside the name).</summary>
    [GeneratedRegex(@"^\.?\s*[,(]\s*((a|an|aged)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Apposed();

    /// <summary>"48-year-old Lena Ost" / "the 48-year-old night nurse Lena Ost": a few plain words, no punctuation, between.</summary>
    [GeneratedRegex(@"^\s*([a-z][a-z-]*\s+){0,5}$")]
    private static partial Regex Modifying();
}
