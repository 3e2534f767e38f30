using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers why-questions with the clause a sentence gives as a reason ("because …", "given …") or as the means ("avoided
/// delays by hiring …"). "for its/their …" is a
/// reason only after a participle or a name ("jailed for his role", "blamed Acme for its"), not after a common noun
/// ("a message for their families"). "as" after a participle names a role, no reason ("identified only as Bo L.",
/// "known as the Fox"). A means that only tells the asked thing again is no reason. "since" before a time ("since March",
/// "since 2021") or before an event set off by a comma ("Since the flood, the bridge …") says from when, not why. With none of these, a purpose with "to" (<see cref="PurposeClauses"/>) answers.
/// </summary>
public sealed partial class ReasonAnswerExtractor : IAnswerExtractor
{
    /// <inheritdoc />
    public bool Handles(AnswerKind kind) => kind == AnswerKind.Reason;

    /// <inheritdoc />
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence ranked)
    {
        var text = ranked.Sentence.Text;
        // "…, which was his motive for agreeing": the sentence as a whole gives the reason for the asked act or its story's own.
        if (ReasonNounSentences.NamesReasonFor(text, message) || ReasonNounSentences.NamesReasonForStoryAct(text))
        {
            yield return new AnswerCandidate(text.Trim(), ranked.Sentence.Id, ranked.Score);
            yield break;
        }
        var match = ReasonClause().Matches(text).FirstOrDefault(m => !Scheduled(text, m)) ?? Match.Empty;
        var clause = (match.Success ? match.Value : PurposeClauses.In(text))?.Trim().TrimEnd('.', ',', ';');
        if (string.IsNullOrEmpty(clause)) yield break;
        if ((!match.Success || clause.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) && Restates(clause, message)) yield break;
        yield return new AnswerCandidate(char.ToUpperInvariant(clause[0]) + clause[1..] + ".", ranked.Sentence.Id, ranked.Score);
    }

    /// <summary>
    /// "Why was the van left out overnight" is not answered by "by leaving the van out overnight": a means or purpose that holds
    /// most of the question's own words (two or more) tells the thing asked about again, not why it happened.
    /// </summary>
    private static bool Restates(string clause, UnderstoodMessage message)
    {
        var asked = message.Terms.Except(message.ContextTerms).ToList();
        var held = Knowledge.Text.TermAnalyzer.Terms(clause).ToHashSet();
        var restated = asked.Count(held.Contains);
        return restated >= 2 && restated * 2 > asked.Count;
    }

    /// <summary>
    /// "The ferry is due to sail on Monday": "due to" after a form of "be" and before a bare verb ("be", or a word with a
    /// preposition, a determiner or the clause end after it) says what is planned, not why ("was due to heavy rain" is a cause).
    /// </summary>
    private static bool Scheduled(string text, Match match)
    {
        if (!match.Value.StartsWith("due to ", StringComparison.OrdinalIgnoreCase) || !AfterBe().IsMatch(text[..match.Index])) return false;
        var next = NextWords().Match(match.Value, "due to ".Length);
        if (!next.Success) return false;
        var word = next.Groups["word"].Value;
        if (word == "be") return true;
        return !NotBareVerb().IsMatch(word) && (next.Groups["after"].Value is var after && (after.Length == 0 || FunctionWords.Contains(after)));
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "by", "for", "from", "to", "with", "into", "before", "after", "until", "next", "this", "later", "early",
        "the", "a", "an", "his", "her", "its", "their", "our", "him", "them", "it", "us", "back", "out", "up", "off", "down",
    };

    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|am|'s)(?: (?:also|not|now|then|originally|still))? $", RegexOptions.IgnoreCase)]
    private static partial Regex AfterBe();

    [GeneratedRegex(@"\G(?<word>[a-z]+)(?:,| (?<after>[A-Za-z]+)|$)")]
    private static partial Regex NextWords();

    /// <summary>Words that open a noun phrase or have a noun's or an adjective's ending: no bare verb.</summary>
    [GeneratedRegex(@"^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|many|much|more|most|several|poor|bad|high|low|heavy|lack|no|\w+(?:s|ing|ed|ion|ness|ity|ment|ure|ance|ence|al|ous|ive|ic|ful|y))$")]
    private static partial Regex NotBareVerb();

    [GeneratedRegex(@"\b(because( of)?|given|due to|owing to|as a result of|in order to|so that|since(?! (?:the|its|their|his|her) [a-z-]+,)(?! (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|then|\d))|(?<=(\w(ed|en|wn)|\b(?-i:[A-Z])\w*|\b(him|them|it|us)) )for (its|their|his|her)|after|amid|(?<!\w(ed|en|wn)( only)? )as|by (?=\w+ing\b))\b(?:[^.;]|(?<=\b(?-i:\p{Lu})|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Prof))\.(?= )|(?<=\d)\.(?=\d))+", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonClause();
}
