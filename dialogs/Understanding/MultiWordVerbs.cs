using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Verbs of two words that mean what one plainer verb says ("when was the clerk picked up" asks when he was arrested,
/// "let go" means freed, a search that "turned up" a gun found it, a line that "went dead" failed,
/// flights "sent elsewhere" were diverted, a body that "took charge" of a case took it over, thieves who "got in" (ending the
/// a clause, so not "get in prison") entered, "brake away" is a slip for "break away", a reward "put up" was offered, a meeting "put off" was postponed, money a minister is "putting in" (ending the question) is spent, a boat that "ran aground" ran (onto whatever the article says), settings someone "messed with" were changed, "belong to" no more than "in"): when no article uses the pair, the question's pair is read as
/// that word. An article's use counts only in a sentence sharing another of the question's words: teenagers who "get into
/// nightclubs" in one story do not make "how did the hackers get into the network" about nightclubs. WordNet's list of single words has no such pairs. Only pairs with one common sense in the news are listed.
/// A "prison term" or "jail sentence" says no more than "prison" either ("faces up to nine years in prison").
/// </summary>
public sealed class MultiWordVerbs
{
    // verb forms, particle, and the plain verb as a past participle (a form the clause rules read as a verb)
    private static readonly (string Forms, string Particle, string Plain)[] Pairs =
    {
        ("pick picks picked picking", "up", "arrested"), ("round rounds rounded rounding", "up", "arrested"),
        ("let lets letting", "go", "freed"), ("set sets setting", "free", "freed"), ("put puts putting", "out", "released"),
        ("take takes took taken taking", "place", "happened"), ("lock locks locked locking", "up", "jailed"),
        ("carry carries carried carrying", "out", "conducted"), ("step steps stepped stepping", "down", "resigned"),
        ("call calls called calling", "off", "cancelled"), ("blow blows blew blown blowing", "up", "exploded"),
        ("get gets got gotten getting", "out", "escaped"), ("team teams teamed teaming", "up", "allied"),
        ("turn turns turned turning", "up", "found"), ("go goes went gone going", "dead", "failed"),
        ("get gets got gotten getting", "into", "entered"),
        ("fall falls fell fallen falling", "apart", "collapsed"), ("send sends sent sending", "elsewhere", "diverted"),
        ("take takes took taken taking", "charge", "taken over"), ("get gets got gotten getting", "in(?=$|,)", "entered"),
        ("brake brakes braked braking", "away", "broken away"), ("prison jail", "term terms sentence sentences", "prison"),
        ("put puts putting", "up", "offered"), ("mess messes messed messing", "with", "changed"),
        ("put puts putting", "off", "postponed"), ("put puts putting", "in$", "spent"),
        ("run runs ran running", "aground", "ran"),
    };

    // Counting members, membership says no more than "in": "how many countries belong to the league" asks for the
    // countries in it, even when an article says a van "belongs to" its owner. "Which party does she belong to" asks for
    // the membership itself, and keeps its verb.
    private static readonly (string Forms, string Particle, string Plain)[] Membership =
    {
        ("belong belongs belonged belonging", "to", "in"), ("participate participates participated participating", "in", "in"),
    };

    private static readonly (Regex Pattern, string Plain)[] Rules = Pairs.Select(Rule).ToArray();
    private static readonly (Regex Pattern, string Plain)[] MembershipRules = Membership.Select(Rule).ToArray();
    private static readonly (Regex Pattern, string Plain)[] CountingRules = Rules.Concat(MembershipRules).ToArray();

    private readonly IBriefingKnowledge _knowledge;
    private readonly ConcurrentDictionary<Regex, HashSet<string>[]> _uses = new();

    /// <summary>Creates the reader over the loaded articles.</summary>
    public MultiWordVerbs(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The normalised question with each listed pair that no article uses replaced by its plain verb.</summary>
    public string Plain(string normalized)
    {
        var counting = normalized.StartsWith("how many ", StringComparison.Ordinal);
        foreach (var (pattern, plain) in counting ? CountingRules : Rules)
        {
            var membership = counting && MembershipRules.Any(r => r.Pattern == pattern);
            if (pattern.IsMatch(normalized) && (membership || !UsedAbout(pattern, normalized))) normalized = pattern.Replace(normalized, plain);
        }

        return normalized;
    }

    private static (Regex, string) Rule((string Forms, string Particle, string Plain) pair) =>
        (new Regex($@"\b({pair.Forms.Replace(' ', '|')}) ({pair.Particle.Replace(' ', '|')})\b", RegexOptions.Compiled), pair.Plain);

    // Whether an article sentence uses the pair along with a word of the question outside the pair.
    private bool UsedAbout(Regex pattern, string normalized)
    {
        var others = TermAnalyzer.Terms(pattern.Replace(normalized, " "));
        return _uses.GetOrAdd(pattern, SentencesUsing).Any(terms => others.Any(terms.Contains));
    }

    private HashSet<string>[] SentencesUsing(Regex pattern) =>
        _knowledge.Articles.SelectMany(a => _knowledge.SentencesOf(a.Id)).Where(s => pattern.IsMatch(s.Text.ToLowerInvariant()))
            .Select(s => TermAnalyzer.Terms(s.Text).ToHashSet()).ToArray();
}
