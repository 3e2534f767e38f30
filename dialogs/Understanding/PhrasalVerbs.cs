using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// "Take over", "set up", "get in": a light verb with a particle means what neither word says alone, and both words
/// are dropped as question words. When no article uses the pair, the question asks about something the articles do
/// not say, so the pair becomes a term of its own ("take~over") that no sentence has. "In" before a bare noun is a
/// preposition, not a particle: "how long could he get in prison" asks about prison.
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
    private readonly IBriefingKnowledge _knowledge;
    private readonly ConcurrentDictionary<string, bool> _used = new();

    /// <summary>Creates the finder over the loaded articles.</summary>
    public PhrasalVerbs(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>Terms for the phrasal verbs of the message that no article uses.</summary>
    public IEnumerable<string> UnusedIn(string normalized) =>
        Pattern().Matches(normalized)
            .Select(m => (Lemma: LemmaOf[m.Groups["verb"].Value], Particle: m.Groups["particle"].Value))
            .Where(p => !_used.GetOrAdd($"{p.Lemma} {p.Particle}", _ => UsedInArticles(p.Lemma, p.Particle)))
            .Select(p => $"{p.Lemma}~{p.Particle}");

    private bool UsedInArticles(string lemma, string particle)
    {
        var phrase = new Regex($@"\b({string.Join('|', Forms[lemma])})\s+{particle}\b", RegexOptions.IgnoreCase);
        return _knowledge.Articles.SelectMany(a => _knowledge.SentencesOf(a.Id)).Any(s => phrase.IsMatch(s.Text));
    }

    [GeneratedRegex(@"\b(?<verb>take|takes|took|taken|taking|get|gets|got|gotten|getting|set|sets|setting|put|puts|putting|give|gives|gave|given|giving|make|makes|made|making|turn|turns|turned|turning)\s+(?<particle>over|up|off|out|in(?! (?!(the|a|an|his|her|their|its)\b)[a-z])|down|away|back|on|apart)\b")]
    private static partial Regex Pattern();
}
