using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// A noun made of a verb and its particle ("handover", "lockdown", "shutdown") that no article uses, when an article
/// uses the verb with that particle ("handed over", "locked down"): the question's noun is read as the two words. The
/// articles' verb-particle pairs are read once, so a question's word is looked up, never searched for.
/// </summary>
public sealed partial class ParticleCompounds
{
    private static readonly string[] Particles = { "over", "up", "out", "off", "down", "away", "back" };
    private readonly HashSet<string> _said;

    /// <summary>Collects the verb stems the loaded articles use with each particle ("hand" + "over" from "handed over").</summary>
    public ParticleCompounds(IBriefingKnowledge knowledge) =>
        _said = knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id))
            .SelectMany(s => VerbAndParticle().Matches(s.Text))
            .Select(m => TermAnalyzer.Stem(m.Groups["verb"].Value) + " " + m.Groups["particle"].Value.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>"Hand over" for "handover" when an article says "handed over"; null when the word is no such noun.</summary>
    public string? Split(string word)
    {
        if (word.Length < 6 || !word.All(char.IsAsciiLetterLower)) return null;
        var noun = word.EndsWith('s') ? word[..^1] : word;
        foreach (var particle in Particles.Where(p => noun.EndsWith(p, StringComparison.Ordinal) && noun.Length - p.Length >= 3))
        {
            var verb = noun[..^particle.Length];
            if (_said.Contains(TermAnalyzer.Stem(verb) + " " + particle)) return $"{verb} {particle}";
        }

        return null;
    }

    [GeneratedRegex(@"\b(?<verb>[A-Za-z]{3,})\s+(?<particle>over|up|out|off|down|away|back)\b")]
    private static partial Regex VerbAndParticle();
}
