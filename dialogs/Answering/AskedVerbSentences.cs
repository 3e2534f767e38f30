using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How did the thieves get into the vault" (read as "… entered the vault"): a sentence given whole as the answer must
/// tell the asked action. One using the question's verb ("the thieves entered through a drain") comes before a better-ranked
/// one that shares only its nouns ("the vault had been checked last year"); when no covering sentence uses the verb or a
/// synonym, none answers. A group asked by its act ("which group claimed the fires") must come from a sentence using the
/// verb itself: "said", a synonym of "claimed", does not say who claimed anything. "What solvent did they add" names what it
/// asks for too: with no sentence telling the verb, the first naming the noun answers. A participle before a noun ("the stolen van") only names a thing, and a verb after "to" a purpose: neither asks the action.
/// </summary>
public sealed partial class AskedVerbSentences
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those" };
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "been", "had", "did", "does", "done", "was", "were", "has", "have" };

    private static readonly HashSet<AnswerKind> TypedKinds = [AnswerKind.Date, AnswerKind.Place, AnswerKind.Number];

    private readonly Vocabulary _vocabulary;
    private readonly SentenceIndex _sentences;
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the rule.</summary>
    public AskedVerbSentences(Vocabulary vocabulary, SentenceIndex sentences, IBriefingKnowledge knowledge)
    {
        _vocabulary = vocabulary;
        _sentences = sentences;
        _knowledge = knowledge;
    }

    /// <summary>
    /// The candidates, with the first whose sentence uses the asked verb itself first, else the first using it or a synonym
    /// ("moved" for "entered" is a weaker sign than "entered"); none when no sentence does either.
    /// </summary>
    public List<AnswerCandidate> Before(List<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        // An age belongs to a person, whose naming sentence need not tell the act ("Piet H., 33, … broke in": AgedDoers).
        if (TypedKinds.Contains(message.Expected)) return AnswerKindClassifier.AsksAge(message.Normalized) ? candidates : TypedBefore(candidates, message);
        // "Which account did they use to get in" names what it asks for: the noun, not the verb, picks the sentence.
        if (message.Expected is not (AnswerKind.Any or AnswerKind.Organization) || candidates.Count == 0
            || (message.Expected == AnswerKind.Any && SentenceAnswerExtractor.AsksWhich(message.Normalized))
            || AskedVerbs(message) is not { Count: > 0 } verbs) return candidates;
        var (own, wide) = Families(verbs);
        var telling = candidates.FirstOrDefault(c => Tells(c, own)) ?? (message.Expected == AnswerKind.Organization ? null : candidates.FirstOrDefault(c => Tells(c, wide)))
            ?? (message.Expected == AnswerKind.Any && AskedWhatNoun(message) is { } noun ? candidates.FirstOrDefault(c => _sentences.TermsOf(c.SentenceId).Contains(noun)) : null);
        return telling is null ? [] : First(telling, candidates);
    }

    /// <summary>
    /// "When was the suspect arrested": a date, place or number of the best candidate's story from a sentence that says
    /// the asked verb comes before one from a better-ranked sentence that does not ("the clinic disconnected its valves on
    /// Wednesday"). Another story's sentence never moves up, and with no such sentence the order stands.
    /// </summary>
    private List<AnswerCandidate> TypedBefore(List<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (candidates.Count < 2 || AskedVerbs(message) is not { Count: > 0 } verbs) return candidates;
        var (own, wide) = Families(verbs);
        if (Tells(candidates[0], wide)) return candidates;
        var story = _knowledge.Sentence(candidates[0].SentenceId).ArticleId;
        var inStory = candidates.Skip(1).Where(c => _knowledge.Sentence(c.SentenceId).ArticleId == story).ToList();
        var telling = inStory.FirstOrDefault(c => Tells(c, own)) ?? inStory.FirstOrDefault(c => Tells(c, wide));
        return telling is null ? candidates : First(telling, candidates);
    }

    /// <summary>
    /// "What solvent did the intruder add": the word after "what" is the asked noun, as in "which solvent"; a sentence
    /// naming it may tell the act in other words ("tipped a drum of lye, a solvent, into the vat").
    /// </summary>
    private static string? AskedWhatNoun(UnderstoodMessage message) =>
        message.HeadNoun is { } head && WhatNoun().Match(message.Normalized) is { Success: true } what && TermAnalyzer.Stem(what.Groups["noun"].Value) == head ? head : null;

    [GeneratedRegex(@"^what (?<noun>[a-z-]+) (?:was|were|is|are|did|does|do|has|have|had) ")]
    private static partial Regex WhatNoun();

    /// <summary>
    /// The test of a sentence that tells every asked past verb itself, or a synonym of it ("arrested" for "caught"); null
    /// when the question asks none.
    /// </summary>
    public Func<int, bool>? TellsAskedVerbs(UnderstoodMessage message)
    {
        if (AskedVerbs(message) is not { Count: > 0 } verbs) return null;
        var (_, wide) = Families(verbs);
        return sentenceId => wide.All(family => _sentences.TermsOf(sentenceId).Overlaps(family));
    }

    /// <summary>Each asked verb alone, and with its synonyms.</summary>
    private (List<HashSet<string>> Own, List<HashSet<string>> Wide) Families(IReadOnlyList<string> verbs) =>
        (verbs.Select(v => new HashSet<string>(StringComparer.Ordinal) { v }).ToList(),
         verbs.Select(v => _vocabulary.Expand(v, false).Append(v).ToHashSet(StringComparer.Ordinal)).ToList());

    /// <summary>The candidates with <paramref name="telling"/> first, at the score of the one it displaces.</summary>
    private static List<AnswerCandidate> First(AnswerCandidate telling, List<AnswerCandidate> candidates) =>
        ReferenceEquals(telling, candidates[0]) ? candidates : [telling with { Score = candidates[0].Score }, .. candidates.Where(c => !ReferenceEquals(c, telling))];

    private bool Tells(AnswerCandidate candidate, IReadOnlyList<HashSet<string>> verbs) =>
        verbs.All(family => _sentences.TermsOf(candidate.SentenceId).Overlaps(family));

    /// <summary>The stem of each past verb of the question that is one of its terms, not one only framing it ("if found guilty").</summary>
    private static List<string> AskedVerbs(UnderstoodMessage message)
    {
        var words = Word().Matches(message.Normalized).Select(w => w.Value).ToList();
        return words.Select((word, i) => (word, i))
            .Where(w => IsPastForm(w.word) && (w.i == 0 || !(Determiners.Contains(words[w.i - 1]) || words[w.i - 1] == "to")))
            .Select(w => TermAnalyzer.Stem(w.word)).Where(t => message.Terms.Contains(t) && !message.ContextTerms.Contains(t)).Distinct().ToList();
    }

    private static bool IsPastForm(string word) =>
        !Auxiliaries.Contains(word) && VerbLemmatizer.IsPastForm(word);

    [GeneratedRegex(@"[a-z][a-z'-]*")]
    private static partial Regex Word();
}
