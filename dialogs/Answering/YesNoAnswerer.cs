using BriefingBot.Knowledge.Text;
using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers a yes-or-no question ("did the clerk sign the lease") from the best sentences that hold its words: the
/// best-ranked one that denies or states them settles it ("No — the clerk refused to sign the lease"); with none, the
/// best sentence is quoted as what the briefing says. A question with a word the articles never use needs a sentence
/// that settles it.
/// </summary>
public sealed partial class YesNoAnswerer
{
    private readonly Vocabulary _vocabulary;
    private readonly SentenceIndex _index;
    private readonly AnsweringOptions _options;
    private readonly AskedSubject _subject;
    private readonly DeclinedAnswers _declined;

    /// <summary>Creates the answerer.</summary>
    public YesNoAnswerer(Vocabulary vocabulary, SentenceIndex index, AnsweringOptions options, AskedSubject subject, DeclinedAnswers declined)
    {
        _declined = declined;
        _subject = subject;
        _vocabulary = vocabulary;
        _index = index;
        _options = options;
    }

    /// <summary>
    /// The answer from <paramref name="ranked"/> (best first, meeting the question's constraints): the sentences that
    /// cover <paramref name="coverage"/> of its words, and, when it names who or what it is about, those that miss one of
    /// them but settle it ("did Roe pay the smugglers" — "Roe paid nothing").
    /// </summary>
    public AnswerOutcome Answer(UnderstoodMessage message, IEnumerable<RankedSentence> ranked, double coverage)
    {
        var own = message.Terms.Concat(message.UncoveredTerms).Distinct().Where(t => !_vocabulary.IsSoft(t)).ToList();
        var asked = own.Select(t => (IReadOnlyCollection<string>)_vocabulary.Expand(t, true)).ToList();
        var active = ActiveQuestion().IsMatch(message.Normalized);
        var subject = _subject.Of(message);
        var subjectStems = active ? _subject.StemsOf(message) : null;
        var judged = ranked.Select(r => (Ranked: r, Stance: _subject.IsIn(r.Sentence.Id, subject) ? Polarity.Of(r.Sentence.Text, asked, own, active, subjectStems) : Stance.Unclear))
            .Where(p => p.Ranked.TermCoverage >= coverage || (message.AllEntityIds.Any() && Settles(p.Stance, message, asked.Count) && MissesAtMostOne(p.Ranked, asked)))
            .Take(_options.SentencesToSearch).ToList();
        if (judged.Count == 0) return AnswerOutcome.None;
        var settled = judged.FirstOrDefault(p => Settles(p.Stance, message, asked.Count));
        if (settled.Ranked is { } settling) return Reply(settled.Stance == Stance.Negated ? "No" : "Yes", settling, asked, own, settled.Stance);
        if (message.UncoveredTerms.Count > 0 || judged.FirstOrDefault(p => TellsMore(message.Normalized, p.Ranked.Sentence.Text)).Ranked is not { } told || !Quotable(told, message, asked, coverage)) return AnswerOutcome.None;
        return LeavesOpen(told.Sentence.Text, asked) && !_declined.ByAsked(message, told.Sentence.Id) ? Open(told) : Reply(null, told, asked, own, Stance.Unclear);
    }

    /// <summary>"A judge will decide whether to free them": the asked words stand in a "whether" clause, so the outcome is not told.</summary>
    private static bool LeavesOpen(string text, IReadOnlyList<IReadOnlyCollection<string>> asked)
    {
        var open = text.IndexOf(" whether ", StringComparison.OrdinalIgnoreCase);
        return open >= 0 && TermAnalyzer.Terms(text[open..]).Any(term => asked.Any(words => words.Contains(term)));
    }

    /// <summary>
    /// A sentence quoted as what the briefing says holds all the asked words but one (the story's own words count as
    /// held): "has a power company been hit by ransomware" is not told by a port's ransomware; nor is it a title or
    /// lede missing an asked word, which sums up its story rather than telling the asked thing (<see cref="OpeningSentences"/>).
    /// </summary>
    private static bool Quotable(RankedSentence ranked, UnderstoodMessage message, List<IReadOnlyCollection<string>> asked, double coverage) =>
        ranked.TermCoverage >= Math.Max(coverage, 1 - 1.0 / asked.Count) && !OpeningSentences.MissAsked(ranked, message);

    /// <summary>
    /// "Could there be more arrests": a question after more of a thing is told only by a sentence that speaks of more of
    /// it ("said further charges were likely"), not by one telling the arrests made.
    /// </summary>
    private static bool TellsMore(string question, string text) => !AsksMore().IsMatch(question) || SaysMore().IsMatch(text);

    private static AnswerOutcome Open(RankedSentence ranked) =>
        new() { Answer = new AnswerCandidate($"The briefing does not cover the outcome yet. It says: {ranked.Sentence.Text.Trim()}", ranked.Sentence.Id, ranked.Score) };

    private static bool Settles(Stance stance, UnderstoodMessage message, int asked) => stance == Stance.Negated || (stance == Stance.Affirmed && MayAffirm(message, asked));

    private bool MissesAtMostOne(RankedSentence ranked, List<IReadOnlyCollection<string>> asked)
    {
        var terms = _index.TermsOf(ranked.Sentence.Id);
        return asked.Count(words => !words.Any(terms.Contains)) <= 1;
    }

    /// <summary>
    /// "Were all four clerks …", "did any …": a quantity the sentence may not match; "did it …": a thing the question
    /// does not name; "could it happen", "does she think …": a possibility or a view, which a told fact does not state;
    /// a single word: too little to state anything. Only a denial is safe then.
    /// </summary>
    private static bool MayAffirm(UnderstoodMessage message, int asked) =>
        asked + message.AllEntityIds.Count() >= 2 && message.Numbers.Count == 0 && !message.Normalized.Split(' ').Any(w => w is "all" or "every" or "each" or "only" or "both" or "any" or "ever"
            or "it" or "they" or "them" or "he" or "she" or "him" or "her" or "this" or "that" or "these" or "those"
            or "could" or "can" or "will" or "would" or "might" or "may" or "should" or "think" or "believe" or "expect");

    private static AnswerOutcome Reply(string? verdict, RankedSentence ranked, IReadOnlyList<IReadOnlyCollection<string>> asked, IReadOnlyList<string> own, Stance stance)
    {
        var text = Settling(ranked.Sentence.Text.Trim(), asked, own, stance);
        var reply = verdict is null ? $"The briefing says: {text}" : $"{verdict} \u2014 {text}";
        return new AnswerOutcome { Answer = new AnswerCandidate(reply, ranked.Sentence.Id, ranked.Score) };
    }

    /// <summary>Of a long quote ("We met twice. We signed nothing. We left."), the sentence inside it that settles the question.</summary>
    private static string Settling(string text, IReadOnlyList<IReadOnlyCollection<string>> asked, IReadOnlyList<string> own, Stance stance)
    {
        var parts = InnerSentence().Split(text);
        if (parts.Length < 2 || stance == Stance.Unclear) return text;
        return parts.FirstOrDefault(p => Polarity.Of(p, asked, own) == stance)?.Trim() ?? text;
    }

    [GeneratedRegex(@"(?<=[.!?][""”]?)\s+(?=[""“]?[A-Z])")]
    private static partial Regex InnerSentence();

    [GeneratedRegex(@"\b(?:any more|more|further|additional|another)\b(?! than\b)")]
    private static partial Regex AsksMore();

    [GeneratedRegex(@"\b(?:more|further|additional|another|again)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysMore();

    [GeneratedRegex(@"^((and|so|but|then) )?(did|does|do|will|would|can|could|should|has|have|had) ")]
    private static partial Regex ActiveQuestion();
}
