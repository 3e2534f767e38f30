using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Whether a date in a sentence belongs to the question's verb: "Two clerks detained in the north last May were
/// released on Friday" — "last May" is the detention's, "on Friday" the release's. A date belongs to the nearest verb
/// before it, or to the question's verb when that comes earlier in the same clause ("claimed it in a video released in
/// May"); a date opening a clause belongs to the verb after it ("On Friday, the clerks were released").
/// </summary>
public sealed partial class VerbClauses
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "has", "had", "have", "did", "does", "do", "done" };

    private readonly Vocabulary _vocabulary;
    private readonly SentenceIndex _sentences;
    private readonly IBriefingKnowledge _knowledge;
    private readonly ConcurrentDictionary<int, (int Index, string Stem)[]> _verbs = new();
    private readonly ConcurrentDictionary<string, HashSet<string>> _datedVerbs = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the judge. Each sentence's verb forms, and each article's verbs told with a date, are read once, when
    /// first asked for (not at startup: most sentences never hold a date a question asks about).
    /// </summary>
    public VerbClauses(Vocabulary vocabulary, IBriefingKnowledge knowledge, SentenceIndex sentences)
    {
        _vocabulary = vocabulary;
        _knowledge = knowledge;
        _sentences = sentences;
    }

    /// <summary>True when the date at <paramref name="at"/> is the question verb's, false when another verb's, null when the sentence cannot tell.</summary>
    public bool? Fits(Sentence sentence, int at, UnderstoodMessage message) =>
        IsDateOfSaying(sentence.Text, at, message) && !AsksAboutSaying(message) || SetAgainstAskedVerb(sentence.Text, at, message) || ClosesCount(sentence.Text, at)
        || AskedOnlyInLeadingClause(sentence, at, message) ? false : InClause(sentence, at, message);

    /// <summary>
    /// "Two days after the corporal was arrested, officers detained a sergeant at his home in Tarnby": asked about the
    /// corporal, who is named only in the opening "after …" clause, the place, date or age after that clause is another's.
    /// </summary>
    public bool AskedOnlyInLeadingClause(Sentence sentence, int at, UnderstoodMessage message)
    {
        if (LeadingRelativeClause().Match(sentence.Text) is not { Success: true } clause || at < clause.Length) return false;
        var asked = message.AllEntityIds.ToHashSet();
        var mentions = _knowledge.MentionsIn(sentence.Id).Where(m => asked.Contains(m.EntityId)).ToList();
        return mentions.Count > 0 && mentions.All(m => m.Start < clause.Length);
    }

    /// <summary>
    /// "Broke in during May and watched for weeks before striking", "last week, before the attack, …": the asked event
    /// after "before" or "after" is the one the date is set against, so that date is another event's.
    /// </summary>
    private bool SetAgainstAskedVerb(string text, int at, UnderstoodMessage message)
    {
        var earlier = Word().Matches(text[..Math.Clamp(at, 0, text.Length)]).Select(w => TermAnalyzer.Stem(w.Value.ToLowerInvariant())).ToHashSet();
        // An asked word said before the date ("when did the raiders get in": "raiders got in in May … before striking") is its event.
        var asked = message.Terms.Where(t => !earlier.Contains(t)).SelectMany(t => _vocabulary.Expand(t, false)).ToHashSet();
        return RelativeEvent().Matches(text).Any(m => m.Index > at && asked.Contains(TermAnalyzer.Stem(m.Groups[1].Value.ToLowerInvariant())));
    }

    /// <summary>"The fire is the third in the county this year": the period an ordinal counts events in dates none of them.</summary>
    private static bool ClosesCount(string text, int at) =>
        at >= 0 && at < text.Length && text[at..].StartsWith("this ", StringComparison.OrdinalIgnoreCase) && OrdinalBefore().IsMatch(text[..at]);

    [GeneratedRegex(@"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^,;:()—–]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalBefore();

    /// <summary>An opening clause "After …," or "Two days before …," up to its comma.</summary>
    [GeneratedRegex(@"^(?:[\p{L}\d-]+ ){0,3}?(?:after|before) [^,;:()—–]+,", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingRelativeClause();

    [GeneratedRegex(@"\b(?:before|after) (?:(?:the|its|their|his|her) )?(\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeEvent();

    /// <summary>
    /// The same for a count: it is the object of the nearest verb before it ("arrested 12 people, after the fires stranded
    /// 9,000 passengers") or the subject of the question's verb after it ("48 people who were near were checked").
    /// </summary>
    public bool? CountFits(Sentence sentence, int at, UnderstoodMessage message)
    {
        var verbs = VerbsOf(sentence);
        var asked = message.Terms.SelectMany(t => _vocabulary.Expand(t, message.WantsTypedAnswer)).ToHashSet();
        if (!verbs.Any(v => asked.Contains(v.Stem))) return ToldElsewhere(sentence, message) ? false : null;
        if (verbs.Any(v => v.Index > at && asked.Contains(v.Stem) && !HasBreak(sentence.Text, at, v.Index))) return true;
        return InClause(sentence, at, message);
    }

    private bool? InClause(Sentence sentence, int at, UnderstoodMessage message)
    {
        var text = sentence.Text;
        var verbs = VerbsOf(sentence);
        var asked = message.Terms.SelectMany(t => _vocabulary.Expand(t, message.WantsTypedAnswer)).ToHashSet();
        bool Own((int Index, string Stem) verb) => asked.Contains(verb.Stem);
        if (!verbs.Any(Own)) return ToldElsewhere(sentence, message) ? false : null;
        var before = verbs.Where(v => v.Index < at).ToList();
        if (before.Count > 0 && Own(before[^1])) return true;
        if (before.Any(v => Own(v) && !HasBreak(text, v.Index, at))) return true;
        var after = verbs.Where(v => v.Index > at && Own(v)).ToList();
        if (before.Count == 0) return after.Count > 0;
        // "retook it on Monday, and the crew surrendered": clauses joined after a break often share their time.
        return after.Any(v => HasBreak(text, at, v.Index)) ? null : false;
    }

    /// <summary>
    /// The sentence does not use the question's verb form ("released") at all, not even as a noun, while another
    /// sentence of its article uses it as a verb and states a date: that sentence tells the event, this one something else.
    /// </summary>
    public bool ToldElsewhere(Sentence sentence, UnderstoodMessage message)
    {
        var family = Word().Matches(message.Normalized).Select(w => w.Value.ToLowerInvariant()).Where(IsVerbForm).Select(TermAnalyzer.Stem)
            .Where(message.Terms.Contains).SelectMany(v => _vocabulary.Expand(v, false)).ToHashSet();
        return family.Count > 0 && !_sentences.TermsOf(sentence.Id).Overlaps(family)
            && DatedVerbsOf(sentence.ArticleId).Overlaps(family);
    }

    /// <summary>
    /// "…, prosecutors said on Wednesday": the date right after a reporting verb is when it was said, unless the question
    /// asks that verb itself ("when did the laboratory confirm …" / "tests confirmed on Monday that …").
    /// </summary>
    private static bool IsDateOfSaying(string text, int at, UnderstoodMessage message)
    {
        var words = Word().Matches(text[..Math.Clamp(at, 0, text.Length)]).Select(w => w.Value.ToLowerInvariant()).ToList();
        while (words.Count > 0 && words[^1] is "on" or "in" or "at" or "late" or "early" or "earlier" or "later") words.RemoveAt(words.Count - 1);
        return words.Count > 0 && Knowledge.Extraction.ReportingVerbs.LemmaOf(words[^1]) is not null && !message.Terms.Contains(TermAnalyzer.Stem(words[^1]));
    }

    /// <remarks>"Told to stop drinking" asks about an order, not about words said: its date is the order's.</remarks>
    private static bool AsksAboutSaying(UnderstoodMessage message) =>
        !Instruction().IsMatch(message.Normalized) && (message.VerbMeaning is "say" or "warn" || ReportingVerbs.Pattern.IsMatch(message.Normalized));

    [GeneratedRegex(@"\b(told|tell|tells|asked|ordered|urged|instructed)\b( [a-z']+){0,3} (not )?to [a-z]+")]
    private static partial Regex Instruction();

    private (int Index, string Stem)[] VerbsOf(Sentence sentence) => _verbs.GetOrAdd(sentence.Id, _ =>
        Word().Matches(sentence.Text).Select(w => (w.Index, Word: w.Value.ToLowerInvariant()))
            .Where(w => IsVerbForm(w.Word)).Select(w => (w.Index, TermAnalyzer.Stem(w.Word))).ToArray());

    private HashSet<string> DatedVerbsOf(string articleId) => _datedVerbs.GetOrAdd(articleId, id =>
        _knowledge.SentencesOf(id).Where(s => _knowledge.TimesIn(s.Id).Count > 0).SelectMany(s => VerbsOf(s).Select(v => v.Stem)).ToHashSet(StringComparer.Ordinal));

    /// <summary>A past form ("released", "held"); "need" or "exceed" only ends like one.</summary>
    private static bool IsVerbForm(string word) =>
        !Auxiliaries.Contains(word) && VerbLemmatizer.IsPastForm(word);

    private static bool HasBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(",;:()—–") >= 0;

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*")]
    private static partial Regex Word();
}
