using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// A noun made of a verb and its particle ("handover", "lockdown", "shutdown") that no article uses, when an article
/// uses the verb with that particle ("handed over", "locked down"): the question's noun is read as the two words.
/// </summary>
public sealed class ParticleCompounds
{
    private static readonly string[] Particles = { "over", "up", "out", "off", "down", "away", "back" };
    private readonly IBriefingKnowledge _knowledge;
    private readonly ConcurrentDictionary<string, string?> _split = new();

    /// <summary>Creates the reader over the loaded articles.</summary>
    public ParticleCompounds(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>"Hand over" for "handover" when an article says "handed over"; null when the word is no such noun.</summary>
    public string? Split(string word) => word.Length < 6 || !word.All(char.IsAsciiLetterLower) ? null : _split.GetOrAdd(word, Find);

    private string? Find(string word)
    {
        var noun = word.EndsWith('s') ? word[..^1] : word;
        foreach (var particle in Particles.Where(p => noun.EndsWith(p, StringComparison.Ordinal) && noun.Length - p.Length >= 3))
        {
            var verb = noun[..^particle.Length];
            var phrase = new Regex($@"\b{verb}[a-z]{{0,3}}\s+{particle}\b", RegexOptions.IgnoreCase);
            if (_knowledge.Articles.SelectMany(a => _knowledge.SentencesOf(a.Id)).Any(s => phrase.IsMatch(s.Text))) return $"{verb} {particle}";
        }

        return null;
    }
}
