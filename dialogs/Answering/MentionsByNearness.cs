using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The entities a sentence mentions, nearest first to the words the question shares with it: the answer stands near
/// them ("its last base in the north, Lakeport").
/// </summary>
public sealed partial class MentionsByNearness
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the orderer.</summary>
    public MentionsByNearness(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The mentioned entities' ids, nearest to one of <paramref name="terms"/> first, then in reading order.</summary>
    public IEnumerable<int> In(int sentenceId, IReadOnlyList<string> terms)
    {
        var text = _knowledge.Sentence(sentenceId).Text;
        var hits = TermPositions(text, terms);
        var dateline = DatelineLength(text);
        return _knowledge.MentionsIn(sentenceId).Where(m => !IsObjectPronoun(m) && m.Start >= dateline)
            .OrderBy(m => hits.Count == 0 ? 0 : hits.Min(h => Math.Abs(h - m.Start))).ThenBy(m => m.Start).Select(m => m.EntityId);
    }

    /// <summary>"… who offered him …": whom "him" or "his" means is a guess, never an answer.</summary>
    private static bool IsObjectPronoun(Mention mention) =>
        mention.IsResolvedReference && mention.Surface.Trim().ToLowerInvariant() is "him" or "his" or "her" or "hers" or "them" or "their" or "its";

    /// <summary>
    /// "LAKEPORT — Two engineers were detained …": the dateline says where the story was filed, not where anything in
    /// the sentence happened, so a place named only there never answers for the sentence.
    /// </summary>
    public static int DatelineLength(string sentence) => Dateline().Match(sentence) is { Success: true } m ? m.Length : 0;

    private static List<int> TermPositions(string sentence, IReadOnlyList<string> terms) =>
        Word().Matches(sentence).Where(w => terms.Contains(TermAnalyzer.Stem(w.Value.ToLowerInvariant()))).Select(w => w.Index).ToList();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}(\s*\([^)]*\))?\s+[—–-]+\s")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*")]
    private static partial Regex Word();
}
