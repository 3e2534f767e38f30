using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers open what-questions with the best sentence itself: the sentence is the answer. A "which hotel" question asks
/// for a hotel, as does "what toxic substance was …" for a substance: a sentence that never says the noun, or says only the noun and no other asked word, or tells nothing
/// next to the noun the question did not say (a name, a word before it, or the words before ", a noun"), does not answer it.
/// "What make of van" asks for a name: only a sentence naming something next to "van" tells it ("a rented van" does not);
/// "what is the address of …" only a street address (<see cref="StreetAddresses"/>).
/// A question about what someone said takes only a sentence that reports it (<see cref="ReportedSentences"/>).
/// </summary>
public sealed partial class SentenceAnswerExtractor : IAnswerExtractor
{
    private readonly ReportedSentences _reported;
    private readonly Knowledge.Query.IBriefingKnowledge _knowledge;

    /// <summary>Creates the extractor.</summary>
    public SentenceAnswerExtractor(ReportedSentences reported, Knowledge.Query.IBriefingKnowledge knowledge)
    {
        _reported = reported;
        _knowledge = knowledge;
    }

    /// <inheritdoc />
    public bool Handles(AnswerKind kind) => kind is AnswerKind.Any or AnswerKind.Definition;

    /// <inheritdoc />
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence ranked)
    {
        if (AskedNoun(message) is { } noun && !(IsName(noun) && WritesName(ranked.Sentence, message))
            && (!Names(ranked.Sentence, noun, message) || !NamesAnother(ranked.Sentence, noun, message) || NamedLater(ranked.Sentence, noun, message))) yield break;
        if (MakeOf().Match(message.Normalized) is { Success: true } make
            && !NameNear(ranked.Sentence, NounSpans(ranked.Sentence.Text, TermAnalyzer.Terms(make.Groups["noun"].Value)).ToList(), message)) yield break;
        if (StreetAddresses.Asked(message.Normalized))
        {
            if (StreetAddresses.In(ranked.Sentence.Text) is { } address) yield return new AnswerCandidate(address, ranked.Sentence.Id, ranked.Score);
            yield break;
        }
        // What someone said, when no statement answers it, is a sentence reporting what they said.
        if (message.Expected == AnswerKind.Quote && !_reported.Report(ranked.Sentence, message)) yield break;
        yield return new AnswerCandidate(ranked.Sentence.Text.Trim(), ranked.Sentence.Id, ranked.Score);
    }

    /// <summary>
    /// The sentence says the noun and another asked word or the asked thing itself: "its airlines" alone does not tell
    /// which airline, "the Osprey radar, built for the Tarnian navy" tells which navy the Osprey is for; a pronoun for
    /// it needs a name by the noun ("he is treated at Holm General Hospital", not "she told local radio").
    /// </summary>
    private bool Names(Knowledge.Model.Sentence sentence, IReadOnlyList<string> noun, UnderstoodMessage message) =>
        noun.All(sentence.Terms.Contains) && (message.Terms.Any(t => !noun.Contains(t) && sentence.Terms.Contains(t))
            || (message.AllEntityIds.Any() && _knowledge.MentionsIn(sentence.Id).Any(m => message.AllEntityIds.Contains(m.EntityId)
                && (!m.IsResolvedReference || NameNear(sentence, NounSpans(sentence.Text, noun).ToList(), message)))));

    private static bool IsName(IReadOnlyList<string> noun) => noun is [var only] && only == NameTerm;

    private static readonly string NameTerm = TermAnalyzer.Stem("name");

    /// <summary>
    /// "What name were the letters signed with" asks for a name, which a sentence gives without the word "name" when it
    /// writes one as a name: in quotes, or after "called", "named", "known as" or "dubbed", and not one the question gave.
    /// </summary>
    private bool WritesName(Knowledge.Model.Sentence sentence, UnderstoodMessage message) =>
        _knowledge.MentionsIn(sentence.Id).Any(m => !m.IsResolvedReference && !message.AllEntityIds.Contains(m.EntityId)
            && m.Start > 0 && m.Start <= sentence.Text.Length && NamingBefore().IsMatch(sentence.Text[..m.Start]));

    [GeneratedRegex(@"(?:[""“]|\b(?:called|named|known as|dubbed),?\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NamingBefore();

    /// <summary>
    /// "Which airport …" is told by a name next to the noun ("Riga airport", "the airport at Tartu"): "the airport stayed
    /// shut, the mayor said" names none, nor does a sentence naming only what was asked.
    /// </summary>
    private bool NamesAnother(Knowledge.Model.Sentence sentence, IReadOnlyList<string> noun, UnderstoodMessage message)
    {
        var nounSpans = NounSpans(sentence.Text, noun).ToList();
        return nounSpans.Any(n => ModifiedByUnasked(sentence.Text, n.Start, message) || Apposed(sentence.Text, n.Start, message)) || NameNear(sentence, nounSpans, message);
    }

    /// <summary>"Raised the dose of potash lye, a chemical used …": the words before ", a noun" tell which one, if the question did not say them.</summary>
    private static bool Apposed(string text, int nounStart, UnderstoodMessage message) =>
        AppositionPattern().Match(text[..nounStart]) is { Success: true } match
        && TermAnalyzer.Terms(match.Groups["word"].Value) is [var term] && !char.IsDigit(term[0]) && !message.Terms.Contains(term);

    [GeneratedRegex(@"(?<word>[\p{L}-]+), (a|an) ([\p{L}-]+ )?$")]
    private static partial Regex AppositionPattern();

    /// <summary>
    /// A title or lede that tells the asked noun only in general words ("Navy Depot", "a depot in the north") gives way to a
    /// later sentence of its story that holds every asked word and puts a name right before the noun ("the Velka depot"):
    /// the opening sums up what the story tells by name further down.
    /// </summary>
    private bool NamedLater(Knowledge.Model.Sentence sentence, IReadOnlyList<string> noun, UnderstoodMessage message) =>
        OpeningSentences.Is(sentence) && !NameBefore(sentence, noun, message)
        && _knowledge.SentencesOf(sentence.ArticleId).Any(later => !OpeningSentences.Is(later) && message.Terms.All(later.Terms.Contains) && NameBefore(later, noun, message));

    /// <summary>A name the question did not give that ends right before the noun or holds it ("the Velka depot", "Velka Depot").</summary>
    private bool NameBefore(Knowledge.Model.Sentence sentence, IReadOnlyList<string> noun, UnderstoodMessage message)
    {
        var nounSpans = NounSpans(sentence.Text, noun).ToList();
        return _knowledge.MentionsIn(sentence.Id).Any(m => !m.IsResolvedReference && !message.AllEntityIds.Contains(m.EntityId)
            && nounSpans.Any(n => m.Start < n.Start && n.Start - (m.Start + m.Surface.Length) <= 1));
    }

    /// <summary>
    /// A name the question did not give, written close to one of the noun's places in the sentence. A person's name tells
    /// which person, not which bank, and a name ending a clause before the noun tells nothing of it ("the prefect, Ada
    /// Venn, blocked the group's bank accounts" names no bank; "Kestrel, a bank" and "Ann Roe, head teacher" still do).
    /// </summary>
    private bool NameNear(Knowledge.Model.Sentence sentence, IReadOnlyList<(int Start, int End)> nounSpans, UnderstoodMessage message) =>
        _knowledge.MentionsIn(sentence.Id).Any(m => !m.IsResolvedReference && !message.AllEntityIds.Contains(m.EntityId)
            && (_knowledge.Entity(m.EntityId).Kind != Knowledge.Model.EntityKind.Person || AsksPerson(message))
            && nounSpans.Any(n => Gap(n, (m.Start, m.Start + m.Surface.Length)) <= NearNoun && !ClauseBetween(sentence.Text, m.Start + m.Surface.Length, n.Start)));

    private static bool ClauseBetween(string text, int nameEnd, int nounStart) =>
        nameEnd <= nounStart && text[nameEnd..nounStart] is var gap && gap.Contains(',') && !ApposedGap().IsMatch(gap);

    [GeneratedRegex(@"^,\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?$")]
    private static partial Regex ApposedGap();

    private static bool AsksPerson(UnderstoodMessage message) => message.HeadNoun is { } head && HeadNouns.NamesPerson(head);

    /// <summary>Characters between a noun and a name that still tell which one it is ("the airport at the edge of Tartu").</summary>
    private const int NearNoun = 32;

    /// <summary>Words that only place a thing beside another ("a neighbouring hotel", "a nearby shop"): they do not tell which one it is.</summary>
    private static readonly HashSet<string> RelativeModifiers = ["neighbouring", "neighboring", "nearby", "adjacent", "adjoining", "next-door", "surrounding", "nearest"];

    /// <summary>
    /// "A staff-only account", "coastal sites": a word before the noun the question did not say tells which one; a count
    /// ("three bank accounts") does not, nor does a word placing it beside something else ("a nearby bakery").
    /// </summary>
    private static bool ModifiedByUnasked(string text, int nounStart, UnderstoodMessage message)
    {
        var before = WordPattern().Matches(text[..nounStart]).LastOrDefault();
        if (before is null || text[before.Index..nounStart].Trim().Length > before.Length + 1) return false;
        var terms = TermAnalyzer.Terms(before.Value);
        return terms.Count == 1 && !char.IsDigit(terms[0][0]) && !RelativeModifiers.Contains(before.Value.ToLowerInvariant()) && !Knowledge.Extraction.Lexicon.NumberWords.Contains(before.Value.ToLowerInvariant()) && !message.Terms.Contains(terms[0]);
    }

    private static IEnumerable<(int Start, int End)> NounSpans(string text, IReadOnlyList<string> noun) =>
        WordPattern().Matches(text).Where(w => noun.Contains(TermAnalyzer.Stem(w.Value))).Select(w => (w.Index, w.Index + w.Length));

    private static int Gap((int Start, int End) a, (int Start, int End) b) => Math.Max(0, Math.Max(a.Start - b.End, b.Start - a.End));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    /// <summary>"Which hotel …", "in which town …", and "what hotel did she stay at": a stranded "to/with/for/at" makes the
    /// asked noun the one thing it points to, as "which" does ("what language was it written in" may be told without one).</summary>
    internal static bool AsksWhich(string normalized) => normalized.StartsWith("which ", StringComparison.Ordinal) || normalized.Contains(" which ", StringComparison.Ordinal)
        || WhatNounToPattern().IsMatch(normalized);

    /// <summary>
    /// The noun a which-question asks for, and the last of two words after "what" before its verb ("what radioactive
    /// material was inside" asks which material): only a sentence naming one tells it.
    /// </summary>
    private static IReadOnlyList<string>? AskedNoun(UnderstoodMessage message) =>
        message.HeadNoun is { } head && AsksWhich(message.Normalized) ? TermAnalyzer.Terms(head)
        : WhatTwoWordNoun().Match(message.Normalized) is { Success: true } what ? TermAnalyzer.Terms(what.Groups["noun"].Value) : null;

    [GeneratedRegex(@"^what (?!(?:the|a|an|this|that|his|her|their|its|else|exactly|other|kind|sort|type)\b)[a-z-]+ (?<noun>[a-z-]+) (?:was|were|is|are|did|does|do|has|have|had) ")]
    private static partial Regex WhatTwoWordNoun();

    [GeneratedRegex(@"\b(make|model|brand|manufacturer) of (the |a |an |their |his |her )?(?<noun>[a-z-]+)")]
    private static partial Regex MakeOf();

    [GeneratedRegex(@"^what [a-z-]+( [a-z-]+)? (did|does|do|was|were|is|are|has|have|had) .+ (to|with|for|at)$")]
    private static partial Regex WhatNounToPattern();
}
