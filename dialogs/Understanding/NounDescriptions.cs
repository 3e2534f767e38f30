using System.Text.RegularExpressions;
using BriefingBot.Dialogs.State;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Finds entities a text names as "the [modifier] noun" ("the port operator", "the welder"): the noun must head what
/// the entity is called or described as, the modifier must be said of it. Only one fitting entity is taken — the
/// conversation's subject when it fits, else the only one that fits, unless a lone noun is also a word of someone's role in
/// another article, or is said of a person and another article that does not mention them writes "the" and the noun ("the suspect" there is its own),
/// or is said of a person whom the sentence of the last answer, which writes the noun, does not name ("the woman" after "a
/// man and a woman were hurt" is that woman).
/// </summary>
public sealed partial class NounDescriptions
{
    private readonly EntityWordIndex _words;
    private readonly Vocabulary _vocabulary;
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the finder.</summary>
    public NounDescriptions(EntityWordIndex words, Vocabulary vocabulary, IBriefingKnowledge knowledge)
    {
        _words = words;
        _vocabulary = vocabulary;
        _knowledge = knowledge;
    }

    /// <summary>The described entities in <paramref name="lower"/> (the text in lower case) outside the <paramref name="named"/> ones.</summary>
    public IEnumerable<(int EntityId, int At, int Length)> In(string lower, IReadOnlyList<EntityMatch> named, ConversationMemory memory)
    {
        var found = new List<(int EntityId, int At, int Length)>();
        foreach (Match match in Description().Matches(lower))
        {
            if (TextSpans.Overlaps(match.Index, match.Length, named.Select(n => (n.Start, n.Length)))) continue;
            var (first, second, third) = (match.Groups["w1"], match.Groups["w2"], match.Groups["w3"]);
            // "The hijacked bulk carrier": two modifiers, both said of the thing.
            var chosen = third.Success && second.Value.Length == second.Length ? Choose(third.Value, new[] { first.Value, second.Value }, memory) : null;
            var end = chosen is not null ? third.Index + third.Length : 0;
            if (chosen is null && second.Success) chosen = Choose(second.Value, new[] { first.Value }, memory);
            if (end == 0) end = second.Success && chosen is not null ? second.Index + second.Length : first.Index + first.Length;
            // "The committee member" is a member, not the committee; "the group attacked" is the group.
            if (chosen is null && (!second.Success || (MayFollowNoun(second.Value) && !IsPluralAfterPreposition(lower, match.Index, second.Value)))) chosen = Choose(first.Value, Array.Empty<string>(), memory);
            if (chosen is not null) found.Add((chosen.Value, match.Index, end - match.Index));
        }

        return found;
    }

    /// <summary>True when the word after a noun is no noun that names anything ("the welder paid", not "the committee member" or "the board spokesman").</summary>
    private bool MayFollowNoun(string word) =>
        !_vocabulary.IsPersonNoun(word) && (_vocabulary.IsQuestionWord(word) || _vocabulary.IsSoft(TermAnalyzer.Stem(word)) || word.EndsWith("ed", StringComparison.Ordinal)
            || word.EndsWith("ing", StringComparison.Ordinal) || !_words.IsHead(TermAnalyzer.Stem(word)));

    /// <summary>
    /// "Over the dock fires": after a preposition, "the" opens a noun phrase, not a clause, so a plural word after the noun
    /// is the thing meant ("fires") and the noun only a modifier of it — no verb ("the group attacks").
    /// </summary>
    private static bool IsPluralAfterPreposition(string lower, int at, string word) =>
        word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && Preposition().IsMatch(lower[..at]);

    [GeneratedRegex(@"\b(over|about|in|on|at|of|for|from|with|by|into|near|behind|against|during)\s+$")]
    private static partial Regex Preposition();

    private int? Choose(string noun, IReadOnlyList<string> modifiers, ConversationMemory memory)
    {
        if (_vocabulary.IsQuestionWord(noun) || _vocabulary.IsPersonNoun(noun) || modifiers.Any(_vocabulary.IsQuestionWord)) return null;
        var nounStem = TermAnalyzer.Stem(noun);
        var fitting = _words.WithHead(nounStem).Where(w => w.Fits(nounStem, modifiers, _vocabulary) && w.IsWrittenAs(noun) && !w.IsPluralOfHead(noun)).ToList();
        if (memory.FocusEntityId is int focus && fitting.Any(w => w.EntityId == focus)) return focus;
        // "The fleet" alone, when another article has a "Fleet Spokesman", may be that article's fleet; but "the welder"
        // is the one whose own article calls them "the welder", not a "Chief Welder" elsewhere named by title.
        // A person's lone noun that another article writes after "the" ("the suspect") may be that article's own person.
        return fitting.Count == 1 && !(modifiers.Count == 0 && ((_words.IsRoleWordElsewhere(nounStem, fitting[0]) && !fitting[0].ReferredAs.Contains(nounStem))
            || (fitting[0].IsPerson && _words.IsDefiniteElsewhere(nounStem, fitting[0])) || (!fitting[0].IsPerson && _words.IsWrittenElsewhere(nounStem, fitting[0]))
            || LastAnswerMeansOther(nounStem, fitting[0].EntityId, memory))) ? fitting[0].EntityId : null;
    }

    private bool LastAnswerMeansOther(string nounStem, int entityId, ConversationMemory memory) =>
        memory.LastSentenceId is int last && _knowledge.Sentence(last).Terms.Contains(nounStem) && _knowledge.MentionsIn(last).All(m => m.EntityId != entityId);

    [GeneratedRegex(@"\b(the|this|that)\s+(?<w1>[a-z-]+)(('s|s')|\s+(?<w2>[a-z]+)('s|s')?(?=\s+(?<w3>[a-z]+))?)?(?=\W|$)")]
    private static partial Regex Description();
}
