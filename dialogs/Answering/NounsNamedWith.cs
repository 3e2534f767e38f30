using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The nouns each article names a place or thing with, read once: "the pump house at Tarnby", "a depot on an industrial
/// estate in Tarnby" (news brings a place's thing in with "a"), "the Tarn summit opens". A
/// question that names it with the same noun ("the Tarnby pump house", "the Tarn summit") means what a sentence of that
/// article calls "the house" or "the summit", as <see cref="FacilityNouns"/> does for names that end in their noun.
/// </summary>
public sealed partial class NounsNamedWith
{
    private readonly HashSet<(int EntityId, string ArticleId, string Word)> _named = new();

    /// <summary>Reads the words around every place and thing's names.</summary>
    public NounsNamedWith(IBriefingKnowledge knowledge)
    {
        foreach (var sentence in knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id)))
        {
            var lower = sentence.Text.ToLowerInvariant();
            foreach (var mention in knowledge.MentionsIn(sentence.Id).Where(m => !m.IsResolvedReference && knowledge.Entity(m.EntityId).Kind is EntityKind.Place or EntityKind.Other))
            {
                var end = mention.Start + mention.Surface.Length;
                if (mention.Start < 0 || end > lower.Length) continue;
                if (WordAfter(lower, end) is { } after) _named.Add((mention.EntityId, sentence.ArticleId, after));
                if (NounBefore().Match(lower[..mention.Start]) is { Success: true } before) _named.Add((mention.EntityId, sentence.ArticleId, before.Groups[1].Value));
            }
        }
    }

    /// <summary>The word right after a name in a text (lower case), unless it is a function word.</summary>
    public static string? WordAfter(string lower, int end) =>
        NextWord().Match(lower, end) is { Success: true } next && !StopWords.Contains(next.Groups[1].Value) && !StoryPhrase.Ends.Contains(next.Groups[1].Value) ? next.Groups[1].Value : null;

    /// <summary>
    /// The words of the noun phrase a name opens in a text (lower case), up to three and up to a function word: "the Tarnby
    /// water plant was shut" → water, plant. Its head noun comes last, and the article may name the place with it alone.
    /// </summary>
    public static IReadOnlyList<string> WordsAfter(string lower, int end)
    {
        var words = new List<string>();
        for (var next = NextWord().Match(lower, end); next.Success && words.Count < 3; next = NextWord().Match(lower, next.Index + next.Length))
        {
            if (StopWords.Contains(next.Groups[1].Value) || StoryPhrase.Ends.Contains(next.Groups[1].Value)) break;
            words.Add(next.Groups[1].Value);
        }

        return words;
    }

    /// <summary>True when the sentence says "the" and the noun its article names the entity with.</summary>
    public bool Means(int entityId, string word, Sentence sentence) =>
        _named.Contains((entityId, sentence.ArticleId, word)) && FacilityNouns.HasDefinite(sentence.Text, word);

    [GeneratedRegex(@"\G\s+([a-z]+)\b")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\b(?:the|an?) ([a-z]+)(?: (?:on|at|in|near) (?:the|an?) [a-z]+(?: [a-z]+)?)? (?:at|in|of|near) $")]
    private static partial Regex NounBefore();
}
