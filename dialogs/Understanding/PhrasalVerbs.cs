using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// "Take over", "set up", "get in": a light verb with a particle means what neither word says alone, so the pair is one
/// term ("take~over"), on the question's side and on each sentence's side (<see cref="TermsIn"/>). A sentence that
/// says "took over" meets it; one that only says "took" or "over" does not, and when no article uses the pair the
/// question asks about something the articles do not say. "In" before a bare noun is a preposition, not a particle:
/// "how long could he get in prison" asks about prison.
/// </summary>
public sealed partial class PhrasalVerbs
{
    private static readonly Dictionary<string, string[]> Forms = new()
    {
        ["take"] = new[] { "take", "takes", "took", "taken", "taking" },
        ["get"] = new[] { "get", "gets", "got", "gotten", "getting" },
        ["set"] = new[] { "set", "sets", "setting" },
        ["put"] = new[] { "put", "puts", "putting" },
        ["give"] = new[] { "give", "gives", "gave", "given", "giving" },
        ["make"] = new[] { "make", "makes", "made", "making" },
        ["turn"] = new[] { "turn", "turns", "turned", "turning" },
    };

    private static readonly Dictionary<string, string> LemmaOf = Forms.SelectMany(f => f.Value.Select(v => (v, f.Key))).ToDictionary(p => p.v, p => p.Key);
    private readonly HashSet<string> _used;

    /// <summary>Collects the phrasal verbs the loaded articles use, once.</summary>
    public PhrasalVerbs(IBriefingKnowledge knowledge) =>
        _used = knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id)).SelectMany(s => TermsIn(s.Text)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The phrasal verbs of a text as terms ("took over" is "take~over").</summary>
    public static IEnumerable<string> TermsIn(string text) =>
        Pattern().Matches(text.ToLowerInvariant()).Select(m => $"{LemmaOf[m.Groups["verb"].Value]}~{m.Groups["particle"].Value}").Distinct();

    /// <summary>True when an article uses the phrasal verb of <paramref name="term"/>.</summary>
    public bool IsUsed(string term) => _used.Contains(term);

    [GeneratedRegex(@"\b(?<verb>take|takes|took|taken|taking|get|gets|got|gotten|getting|set|sets|setting|put|puts|putting|give|gives|gave|given|giving|make|makes|made|making|turn|turns|turned|turning)\s+(?<particle>over|up|off|out|in(?! (?!(the|a|an|his|her|their|its)\b)[a-z])|down|away|back|on|apart)\b")]
    private static partial Regex Pattern();
}
