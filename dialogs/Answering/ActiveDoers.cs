using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Who was suspended", "which officer got suspended": the question asks who underwent the verb, so whoever the sentence
/// names doing it ("Minister Jane Roe suspended the commander, John Doe") is not the answer.
/// </summary>
public sealed partial class ActiveDoers
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the finder.</summary>
    public ActiveDoers(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>
    /// When the question asks who underwent its verb ("who got arrested", "which guard was fired"), the entities named right
    /// before that verb used actively in the sentence ("Roe suspended …"); else none.
    /// </summary>
    public HashSet<int> In(int sentenceId, string normalized)
    {
        if (Undergoing().Match(normalized) is not { Success: true } asked) return new HashSet<int>();
        var stem = TermAnalyzer.Stem(asked.Groups["verb"].Value);
        var text = _knowledge.Sentence(sentenceId).Text;
        return _knowledge.MentionsIn(sentenceId).Where(m => FollowedByVerb(text, m.Start + m.Surface.Length, stem)).Select(m => m.EntityId).ToHashSet();
    }

    private static bool FollowedByVerb(string text, int end, string stem) =>
        end <= text.Length && NextWord().Match(text[end..]) is { Success: true } next && TermAnalyzer.Stem(next.Groups[1].Value.ToLowerInvariant()) == stem;

    [GeneratedRegex(@"^(?:who|which [a-z-]+(?: [a-z-]+)?) (?:got|was|were|has been|have been|had been) (?<verb>[a-z]{3,}ed)\b")]
    private static partial Regex Undergoing();

    [GeneratedRegex(@"^\s+(\p{L}+)\b")]
    private static partial Regex NextWord();
}
