using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "What flight number did the crates leave on?" asks for the code that names one flight, not for a sentence about a flight: it is
/// answered only by a sentence that writes that noun with a code beside it ("flight KX 4102", "case number 17/2026"),
/// the one that best fits the question's other words, and otherwise not at all. A count ("the number of flights",
/// "the total number") is no such question.
/// </summary>
public sealed partial class IdentifierAnswerer
{
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "what", "which", "whose", "its", "their", "his", "her", "this", "that", "any", "some", "same",
        "total", "exact", "overall", "final", "estimated", "official", "whole", "full", "precise", "actual", "large",
        "small", "high", "low", "record", "new", "old", "right", "wrong", "secret",
    };

    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the answerer.</summary>
    public IdentifierAnswerer(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The noun whose number or code the question asks for ("flight"), or null.</summary>
    public static string? AskedNoun(UnderstoodMessage message) =>
        message.Expected is AnswerKind.Any or AnswerKind.Thing or AnswerKind.Entity
        && IdentifierAsked().Match(message.Normalized) is { Success: true } m && !NotNouns.Contains(m.Groups["noun"].Value) ? m.Groups["noun"].Value : null;

    /// <summary>The code written for <paramref name="noun"/> in the best-fitting sentence (of one story, when given), or no answer.</summary>
    public AnswerOutcome Find(UnderstoodMessage message, string noun, string? storyArticleId)
    {
        var written = new Regex($@"\b{Regex.Escape(noun)}s?\b(?:\s+(?:number|no\.?|code))?:?\s+(?<code>(?:[A-Z]{{1,4}}[ -]?)?\d[\w/-]*)", RegexOptions.IgnoreCase);
        var terms = message.Terms.Append(TermAnalyzer.Stem(noun)).Distinct().ToList();
        var best = _knowledge.Search(terms, 200)
            .Where(s => storyArticleId is null || s.Sentence.ArticleId == storyArticleId)
            .Select(s => (s, code: written.Match(s.Sentence.Text)))
            .FirstOrDefault(x => x.code.Success);
        return best.code is { Success: true } code
            ? new AnswerOutcome { Answer = new AnswerCandidate(code.Groups["code"].Value, best.s.Sentence.Id, best.s.Score) }
            : AnswerOutcome.None;
    }

    [GeneratedRegex(@"^(?:what|which|whats|what's|do you know|tell me)\b.*?\b(?<noun>[a-z][a-z-]+) (?:number|no|code)(?=\s*(?:$|\?|of\b|for\b|on\b|used\b|that\b|did\b|was\b|is\b))")]
    private static partial Regex IdentifierAsked();
}
