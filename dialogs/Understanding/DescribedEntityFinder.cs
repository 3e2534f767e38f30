using System.Text.RegularExpressions;
using BriefingBot.Dialogs.State;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Finds the groups, firms, people and things a question names without their full name: "the port operator"
/// (described in an article as "the port's operator"), "the marketing firm", "the welder" (a person described as one),
/// "the harbour line company" (the first words of a longer name). Only one fitting entity is taken — the
/// conversation's subject when it fits, else the only one that fits; when several fit, none is.
/// </summary>
public sealed partial class DescribedEntityFinder
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly ILookup<string, EntityWords> _byHead;
    private readonly IReadOnlyList<(int EntityId, (string Words, bool AllButLast) Prefix)> _namePrefixes;

    /// <summary>Indexes what each organisation, place and thing is called and described as, and each person described as.</summary>
    public DescribedEntityFinder(IBriefingKnowledge knowledge, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        var words = knowledge.Entities.Select(e => e.Kind == EntityKind.Person ? EntityWords.OfPerson(e, knowledge) : EntityWords.Of(e, knowledge)).ToList();
        _byHead = words.SelectMany(w => w.Heads.Select(head => (head, w))).ToLookup(p => p.head, p => p.w);
        _namePrefixes = words.SelectMany(w => w.NamePrefixes.Select(p => (w.EntityId, p))).ToList();
    }

    /// <summary>
    /// The entities matched by name, with those the text describes outside them; a longer name beginning ("lakeport
    /// central") replaces a name match inside it ("lakeport").
    /// </summary>
    public IReadOnlyList<EntityMatch> Complete(string text, IReadOnlyList<EntityMatch> named, ConversationMemory memory)
    {
        var lower = text.ToLowerInvariant();
        var byFirstWords = ByFirstWords(lower, text).Where(p => !named.Any(n => Overlaps(n.Start, n.Length, new[] { p }) && n.Length >= p.Length)).ToList();
        var kept = named.Where(n => !byFirstWords.Any(p => Overlaps(n.Start, n.Length, new[] { p }))).Concat(byFirstWords).ToList();
        return kept.Concat(Described(lower, text, kept, memory)).ToList();
    }

    private IEnumerable<EntityMatch> Described(string lower, string text, IReadOnlyList<EntityMatch> named, ConversationMemory memory)
    {
        var found = new List<EntityMatch>();
        foreach (Match match in Description().Matches(lower))
        {
            if (Overlaps(match.Index, match.Length, named)) continue;
            var (first, second) = (match.Groups["w1"], match.Groups["w2"]);
            var chosen = second.Success ? Choose(second.Value, first.Value, memory) : null;
            var end = second.Success && chosen is not null ? second.Index + second.Length : first.Index + first.Length;
            // "The committee member" is a member, not the committee; "the group attacked" is the group.
            if (chosen is null && (!second.Success || MayFollowNoun(second.Value))) chosen = Choose(first.Value, null, memory);
            if (chosen is not null) found.Add(Match(chosen.Value, match.Index, end - match.Index, text));
        }

        return found;
    }

    /// <summary>Marks a match found by description rather than by name.</summary>
    public const double DescriptionScore = 0.7;

    /// <summary>True for a match found by description: the sentence that says its noun may mean it.</summary>
    public static bool IsDescription(EntityMatch match) => match.Score == DescriptionScore;

    /// <summary>True when the word after a noun is no noun that names anything ("the welder paid", not "the committee member").</summary>
    private bool MayFollowNoun(string word) =>
        _vocabulary.IsQuestionWord(word) || _vocabulary.IsSoft(TermAnalyzer.Stem(word)) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
        || !_byHead.Contains(TermAnalyzer.Stem(word));

    private int? Choose(string noun, string? modifier, ConversationMemory memory)
    {
        if (_vocabulary.IsQuestionWord(noun) || _vocabulary.IsPersonNoun(noun)) return null;
        var (nounStem, modifierStem) = (TermAnalyzer.Stem(noun), modifier is null ? null : TermAnalyzer.Stem(modifier));
        var fitting = _byHead[nounStem].Where(w => w.Fits(nounStem, modifierStem, _vocabulary)).Select(w => w.EntityId).ToList();
        return memory.FocusEntityId is int focus && fitting.Contains(focus) ? focus : fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>"The harbour line company": the first two or more words of a name of three or more, at least half of it.</summary>
    private IEnumerable<EntityMatch> ByFirstWords(string lower, string text)
    {
        var hits = new List<(int EntityId, int At, int Length)>();
        foreach (var (entityId, prefix) in _namePrefixes)
        {
            if (WordIndex(lower, prefix.Words) is var at and >= 0) hits.Add((entityId, at, SpanOf(lower, prefix)));
        }

        return hits.GroupBy(h => h.At).Where(g => g.Select(h => h.EntityId).Distinct().Count() == 1).Select(g => g.OrderByDescending(h => h.Length).First())
            .Select(h => Match(h.EntityId, h.At, h.Length, text));
    }

    /// <summary>The prefix's length, with the word after it when that word stands for the name's last one.</summary>
    private int SpanOf(string lower, (string Words, bool AllButLast) prefix)
    {
        var at = WordIndex(lower, prefix.Words);
        if (at < 0 || !prefix.AllButLast) return prefix.Words.Length;
        var next = NextWord().Match(lower, at + prefix.Words.Length);
        var word = next.Success ? next.Groups["w"].Value : "";
        return word.Length > 0 && !_vocabulary.IsQuestionWord(word) && TermAnalyzer.Terms(word).Any() ? next.Index + next.Length - at : prefix.Words.Length;
    }

    [GeneratedRegex(@"\G\s+(?<w>[a-z]+)")]
    private static partial Regex NextWord();

    private EntityMatch Match(int entityId, int start, int length, string text) =>
        new(_knowledge.Entity(entityId), start, length, text.Substring(start, length), DescriptionScore);

    private static int WordIndex(string text, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        var bounded = at >= 0 && (at == 0 || !char.IsLetter(text[at - 1])) && (at + phrase.Length == text.Length || !char.IsLetter(text[at + phrase.Length]));
        return bounded ? at : -1;
    }

    private static bool Overlaps(int start, int length, IEnumerable<EntityMatch> matches) =>
        matches.Any(n => n.Start >= 0 && n.Start < start + length && start < n.Start + n.Length);

    [GeneratedRegex(@"\b(the|this|that)\s+(?<w1>[a-z-]+)(('s|s')|\s+(?<w2>[a-z]+)('s|s')?)?(?=\W|$)")]
    private static partial Regex Description();
}
