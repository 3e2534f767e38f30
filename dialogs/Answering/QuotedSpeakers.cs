using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>Whom a "what did … say" question asks to be quoted: the quoted people it names, else those its words describe.</summary>
public sealed class QuotedSpeakers
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly List<(Entity Entity, HashSet<string> Words)> _roleWords;

    /// <summary>Indexes the words of each quoted person's roles and descriptions once.</summary>
    public QuotedSpeakers(IBriefingKnowledge knowledge)
    {
        _knowledge = knowledge;
        _roleWords = knowledge.Statements.Select(s => s.SpeakerEntityId).Distinct().Select(knowledge.Entity)
            .Select(e => (Entity: e, Words: TermAnalyzer.Terms(string.Join(' ', e.Roles.Concat(e.Descriptions))).ToHashSet()))
            .ToList();
    }

    /// <summary>
    /// The quoted people the question names; when it names none, those whose roles have the most of the topic's words
    /// ("what did the director say"), and those words are then taken out of <paramref name="topicTerms"/>.
    /// </summary>
    public List<int> AskedAbout(UnderstoodMessage message, List<string> topicTerms)
    {
        // Who is described ("what did he tell the committee") is spoken to or about, not the speaker.
        var described = message.Entities.Where(DescribedEntityFinder.IsDescription).Select(e => e.Entity.Id).ToHashSet();
        var named = message.AllEntityIds.Where(id => !described.Contains(id) && _knowledge.StatementsBy(id).Count > 0).ToList();
        return named.Count > 0 ? named : ByRole(topicTerms);
    }

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
