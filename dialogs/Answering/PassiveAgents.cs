using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "By whom?": who is named after a "by" in the same clause ("… encrypted early on Friday by a group calling itself
/// X"); when the question has words, the "by" must follow one of them ("boarded by …", not "owned by …").
/// </summary>
public sealed partial class PassiveAgents
{
    private static readonly char[] ClauseEnds = { ',', ';' };
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the finder.</summary>
    public PassiveAgents(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>Entities named after the "by" that follows one of <paramref name="terms"/>, in reading order.</summary>
    public IReadOnlyList<int> Of(int sentenceId, IReadOnlyList<string> terms)
    {
        var sentence = _knowledge.Sentence(sentenceId).Text;
        foreach (Match by in AgentPhrase().Matches(sentence))
        {
            var clause = sentence[(sentence.LastIndexOfAny(ClauseEnds, by.Index) + 1)..by.Index];
            if (terms.Count > 0 && !TermAnalyzer.Terms(clause).Any(terms.Contains)) continue;
            var end = by.Index + by.Length;
            return _knowledge.MentionsIn(sentenceId).Where(m => m.Start >= by.Index && m.Start < end).OrderBy(m => m.Start)
                .Select(m => m.EntityId).Distinct().ToList();
        }

        return Array.Empty<int>();
    }

    [GeneratedRegex(@" by [^,;]+", RegexOptions.IgnoreCase)]
    private static partial Regex AgentPhrase();
}
