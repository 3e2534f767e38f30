using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers why-questions with the clause a sentence gives as a reason ("because …", "given …") or as the means ("avoided
/// delays by hiring …"). "for its/their …" is a
/// reason only after a participle or a name ("jailed for his role", "blamed Acme for its"), not after a common noun
/// ("a message for their families").
/// </summary>
public sealed partial class ReasonAnswerExtractor : IAnswerExtractor
{
    /// <inheritdoc />
    public bool Handles(AnswerKind kind) => kind == AnswerKind.Reason;

    /// <inheritdoc />
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence ranked)
    {
        var match = ReasonClause().Match(ranked.Sentence.Text);
        if (!match.Success) yield break;
        var clause = match.Value.Trim().TrimEnd('.', ',', ';');
        yield return new AnswerCandidate(char.ToUpperInvariant(clause[0]) + clause[1..] + ".", ranked.Sentence.Id, ranked.Score);
    }

    [GeneratedRegex(@"\b(because( of)?|given|due to|owing to|as a result of|in order to|so that|since|(?<=(\w(ed|en|wn)|\b(?-i:[A-Z])\w*|\b(him|them|it|us)) )for (its|their|his|her)|after|amid|as|by (?=\w+ing\b))\b[^.;]+", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonClause();
}
