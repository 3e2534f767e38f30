using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "What was the trawler that ran aground called?" / "what's the name of the marketing firm?": the question asks the name
/// of the one thing it describes, and the description already found it (see <see cref="DescribedEntityFinder"/>), so the
/// answer is that name, cited from the first sentence that names it. Two things described, or none, or a name from
/// another story beside the description, or words the described thing's story never says together ("the woman who
/// was released without charge", when the one woman the articles name was not), answer nothing here.
/// </summary>
public sealed class DescribedNameAnswerer
{
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal) { "", "that", "which", "who", "whose", "called", "named", "in", "at", "on", "off", "near", "from", "behind", "is", "was" };
    private static readonly HashSet<string> VerbContractions = new(StringComparer.Ordinal) { "what's", "who's", "where's", "which's", "that's", "it's", "there's", "here's", "he's", "she's" };
    private static readonly HashSet<string> NamingTerms = new[] { "called", "named", "name", "known" }.Select(TermAnalyzer.Stem).ToHashSet();
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly SentenceIndex _index;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the answerer.</summary>
    public DescribedNameAnswerer(IBriefingKnowledge knowledge, EntityDescriber describer, SentenceIndex index, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _describer = describer;
        _index = index;
        _vocabulary = vocabulary;
    }

    /// <summary>
    /// The described thing's name, or null when the question does not ask the name of one described thing.
    /// <paramref name="contextEntityId"/> is the conversation's subject, if any.
    /// </summary>
    public AnswerCandidate? Find(UnderstoodMessage message, int? contextEntityId = null)
    {
        if (!AnswerKindPatterns.NameOf().IsMatch(message.Normalized)) return null;
        var described = message.Entities.Where(DescribedEntityFinder.IsDescription).ToList();
        if (described.Any(m => !EndsItsPhrase(message.Original, m))) return null;
        var ids = described.Select(m => m.Entity.Id).Distinct().ToList();
        if (ids is not [var id] || !message.AllEntityIds.All(other => SameStory(other, id)) || !StorySays(message, id, out var qualified)) return null;
        // "What's the cafe called" after a question about another story may ask about that story's own unnamed cafe.
        if (!qualified && contextEntityId is int subject && !SameStory(subject, id)) return null;
        var naming = _knowledge.MentionsOf(id).Where(m => !m.IsResolvedReference).MinBy(m => m.SentenceId);
        return naming is null ? null : new AnswerCandidate(_describer.NameWithRole(_knowledge.Entity(id)), naming.SentenceId, 10) { EntityIds = [id], Timeless = true };
    }

    /// <summary>
    /// The description is the whole thing asked about only when nothing qualifies it: "the trawler that …" or "the trawler
    /// called", not "the freight train driver" (the thing is a driver) or "the skipper of the other boat".
    /// </summary>
    private static bool EndsItsPhrase(string question, EntityMatch match)
    {
        var end = match.Start + match.Length;
        if (match.Start < 0 || end > question.Length) return false;
        var before = question[..match.Start].TrimEnd();
        var next = question[end..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim('?', '.', ',', '!').ToLowerInvariant() ?? "";
        return !IsPossessive(before) && (PhraseEnds.Contains(next) || IsParticiple(next));
    }

    /// <summary>"The trawler doing the jamming": a participle after the noun opens a clause about it, as "that" would ("thing", "king" are no verbs).</summary>
    private static bool IsParticiple(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) && word[..^3] is { Length: >= 2 } stem && stem.Any(c => "aeiouy".Contains(c));

    /// <summary>"The skipper's boat" owns the description; "what's the boat" only says "is".</summary>
    private static bool IsPossessive(string before)
    {
        var word = before.Split(' ')[^1].ToLowerInvariant().Replace('’', '\'');
        return word.EndsWith("'s", StringComparison.Ordinal) && !VerbContractions.Contains(word);
    }

    /// <summary>
    /// One sentence of the described thing's story says every asked word (or a synonym): the description's qualifiers
    /// belong to it. <paramref name="qualified"/> tells whether there were any.
    /// </summary>
    private bool StorySays(UnderstoodMessage message, int id, out bool qualified)
    {
        var asked = message.Terms.Where(t => !_vocabulary.IsSoft(t) && !NamingTerms.Contains(t) && !message.ContextTerms.Contains(t)).Select(t => _vocabulary.Expand(t)).ToList();
        qualified = asked.Count > 0;
        return asked.Count == 0 || _knowledge.Entity(id).ArticleIds.SelectMany(_knowledge.SentencesOf)
            .Any(s => _index.TermsOf(s.Id) is var terms && asked.All(words => words.Any(terms.Contains)));
    }

    /// <summary>Other names in the question ("the trawler that jammed the radar off Tarnby") must belong to the described thing's story.</summary>
    private bool SameStory(int entityId, int describedId) =>
        entityId == describedId || _knowledge.Entity(entityId).ArticleIds.Intersect(_knowledge.Entity(describedId).ArticleIds).Any();
}
