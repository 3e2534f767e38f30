using System.Text.RegularExpressions;
using BriefingBot.Dialogs.State;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Finds entities a text names as "the [modifier] noun" ("the port operator", "the welder"): the noun must head what
/// the entity is called or described as, the modifier must be said of it. Only one fitting entity is taken — the
/// conversation's subject when it fits, else the only one that fits.
/// </summary>
public sealed partial class NounDescriptions
{
    private readonly EntityWordIndex _words;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the finder.</summary>
    public NounDescriptions(EntityWordIndex words, Vocabulary vocabulary)
    {
        _words = words;
        _vocabulary = vocabulary;
    }

    /// <summary>The described entities in <paramref name="lower"/> (the text in lower case) outside the <paramref name="named"/> ones.</summary>
    public IEnumerable<(int EntityId, int At, int Length)> In(string lower, IReadOnlyList<EntityMatch> named, ConversationMemory memory)
    {
        var found = new List<(int EntityId, int At, int Length)>();
        foreach (Match match in Description().Matches(lower))
        {
            if (TextSpans.Overlaps(match.Index, match.Length, named.Select(n => (n.Start, n.Length)))) continue;
            var (first, second) = (match.Groups["w1"], match.Groups["w2"]);
            var chosen = second.Success ? Choose(second.Value, first.Value, memory) : null;
            var end = second.Success && chosen is not null ? second.Index + second.Length : first.Index + first.Length;
            // "The committee member" is a member, not the committee; "the group attacked" is the group.
            if (chosen is null && (!second.Success || MayFollowNoun(second.Value))) chosen = Choose(first.Value, null, memory);
            if (chosen is not null) found.Add((chosen.Value, match.Index, end - match.Index));
        }

        return found;
    }

    /// <summary>True when the word after a noun is no noun that names anything ("the welder paid", not "the committee member").</summary>
    private bool MayFollowNoun(string word) =>
        _vocabulary.IsQuestionWord(word) || _vocabulary.IsSoft(TermAnalyzer.Stem(word)) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
        || !_words.IsHead(TermAnalyzer.Stem(word));

    private int? Choose(string noun, string? modifier, ConversationMemory memory)
    {
        if (_vocabulary.IsQuestionWord(noun) || _vocabulary.IsPersonNoun(noun)) return null;
        var (nounStem, modifierStem) = (TermAnalyzer.Stem(noun), modifier is null ? null : TermAnalyzer.Stem(modifier));
        var fitting = _words.WithHead(nounStem).Where(w => w.Fits(nounStem, modifierStem, _vocabulary)).Select(w => w.EntityId).ToList();
        return memory.FocusEntityId is int focus && fitting.Contains(focus) ? focus : fitting.Count == 1 ? fitting[0] : null;
    }

    [GeneratedRegex(@"\b(the|this|that)\s+(?<w1>[a-z-]+)(('s|s')|\s+(?<w2>[a-z]+)('s|s')?)?(?=\W|$)")]
    private static partial Regex Description();
}
