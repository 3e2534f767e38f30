using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>Whom a "what did … say" question asks to be quoted: the quoted people it names, else those its words describe.</summary>
public sealed class QuotedSpeakers
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly PersonNouns _personNouns;
    private readonly List<(Entity Entity, HashSet<string> Words)> _roleWords;
    // "The official", "the officer": anyone the articles give an office is one (as PersonNouns.Fits reads them).
    private static readonly string[] AnyOffice = [TermAnalyzer.Stem("official"), TermAnalyzer.Stem("officer")];

    /// <summary>Indexes the words of each quoted person's roles and descriptions once.</summary>
    public QuotedSpeakers(IBriefingKnowledge knowledge, PersonNouns personNouns)
    {
        _personNouns = personNouns;
        _knowledge = knowledge;
        _roleWords = knowledge.Statements.Select(s => s.SpeakerEntityId).Distinct().Select(knowledge.Entity)
            .Select(e => (Entity: e, Words: TermAnalyzer.Terms(string.Join(' ', e.Roles.Concat(e.Descriptions))).ToHashSet()))
            .ToList();
    }

    /// <summary>
    /// The quoted people the question names; when it names none, those whose roles have the most of the words that
    /// describe the speaker before "about" (<paramref name="speakerTerms"/>: "what did the director say about the fire"),
    /// else, when <paramref name="describedByTopic"/>, of the topic's words, and those words are then taken out of <paramref name="topicTerms"/>.
    /// The words after a reporting verb are what was said, not who said it ("what does he say his client thought" asks no thinker).
    /// </summary>
    public List<int> AskedAbout(UnderstoodMessage message, List<string> topicTerms, List<string> speakerTerms, bool describedByTopic)
    {
        // Who is described after the verb ("what did he tell the committee") is spoken to or about, not the speaker;
        // before it ("what did the freed clerk say") is the speaker.
        var verb = ReportingVerbs.Pattern.Match(message.Original);
        var described = message.Entities.Where(e => DescribedEntityFinder.IsDescription(e) && !(verb.Success && e.Start >= 0 && e.Start < verb.Index))
            .Select(e => e.Entity.Id).ToHashSet();
        var named = message.AllEntityIds.Where(id => !described.Contains(id) && _knowledge.StatementsBy(id).Count > 0).ToList();
        if (named.Count > 0) return named;
        var byDescription = ByRole(speakerTerms);
        // "The U.S. official": when no one titled so is the country's (and no other word describes the speaker), the
        // country's holders of any office are, as PersonNouns.Fits reads "official".
        if (!byDescription.Any(id => _personNouns.Fits(_knowledge.Entity(id), message)) && speakerTerms.All(AnyOffice.Contains) && ByAnyOffice(message) is { Count: > 0 } officers)
        {
            speakerTerms.Clear();
            byDescription = officers;
        }
        return byDescription.Count > 0 || !describedByTopic ? byDescription : ByRole(topicTerms);
    }

    private List<int> ByAnyOffice(UnderstoodMessage message) =>
        _personNouns.In(message).Any(n => AnyOffice.Contains(TermAnalyzer.Stem(n)))
            ? _roleWords.Where(p => p.Entity.Roles.Count > 0 && _personNouns.Fits(p.Entity, message)).Select(p => p.Entity.Id).ToList()
            : new List<int>();

    private List<int> ByRole(List<string> terms)
    {
        var speakers = _roleWords
            .Select(p => (p.Entity, Hits: terms.Where(p.Words.Contains).ToList()))
            .Where(p => p.Hits.Count > 0)
            .ToList();
        if (speakers.Count == 0) return new List<int>();
        var most = speakers.Max(p => p.Hits.Count);
        var chosen = speakers.Where(p => p.Hits.Count == most).ToList();
        terms.RemoveAll(t => chosen.Any(p => p.Hits.Contains(t)));
        return chosen.Select(p => p.Entity.Id).ToList();
    }
}
