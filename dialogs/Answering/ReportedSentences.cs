using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Whether a sentence may stand for what someone said when no statement answers "what did the minister say about …":
/// it must report speech ("said", "warned"), and when the question calls the speaker by a noun, say that noun or quote
/// someone it fits. "The men broke out on Sunday" is not what the minister said, nor is "police said, as the minister
/// ordered an inquiry"; and it must say what the question asks it to be about, in its own words.
/// </summary>
public sealed partial class ReportedSentences
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly PersonNouns _personNouns;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the check.</summary>
    public ReportedSentences(IBriefingKnowledge knowledge, PersonNouns personNouns, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _personNouns = personNouns;
        _vocabulary = vocabulary;
    }

    /// <summary>True when the sentence reports what a speaker the question describes said.</summary>
    public bool Report(Sentence sentence, UnderstoodMessage message)
    {
        var statements = _knowledge.StatementsIn(sentence.Id);
        if (statements.Count == 0 && !ReportingVerbs.Pattern.IsMatch(sentence.Text)) return false;
        if (!SaysTopic(sentence, message)) return false;
        // "What did Tarnco say about …": a sentence that only mentions Tarnco ("… near Tarnco's depot, police said") is not Tarnco's word.
        var speakers = NamedSpeakers(message);
        if (speakers.Count > 0 && !statements.Any(s => speakers.Contains(s.SpeakerEntityId))
            && !_knowledge.MentionsIn(sentence.Id).Any(m => speakers.Contains(m.EntityId) && m.Start >= 0 && SaidBy(sentence.Text, (m.Start, m.Surface.Length)))) return false;
        var nouns = _personNouns.In(message);
        if (nouns.Count == 0) return true;
        return nouns.Any(n => SaidBy(sentence.Text, n))
            || statements.Any(s => _personNouns.Fits(_knowledge.Entity(s.SpeakerEntityId), message));
    }

    /// <summary>
    /// "What did the superintendent say about the suspect": a sentence reporting what he said of something else is not
    /// it, even in the suspect's story; each asked word after "about" must be in the sentence itself (or a synonym of it).
    /// A topic that names a thing ("about the Tarnby dock fire") is met by what is said in that thing's story.
    /// </summary>
    private bool SaysTopic(Sentence sentence, UnderstoodMessage message)
    {
        var about = message.Normalized.IndexOf(" about ", StringComparison.Ordinal);
        if (about < 0 || InStoryOfTopic(sentence, message)) return true;
        return Knowledge.Text.TermAnalyzer.Terms(message.Normalized[(about + 7)..])
            .Where(t => message.Terms.Contains(t) && !_vocabulary.IsSoft(t))
            .All(t => _vocabulary.Expand(t).Any(sentence.Terms.Contains));
    }

    /// <summary>The sentence is in the story of a thing the question names after "about".</summary>
    private bool InStoryOfTopic(Sentence sentence, UnderstoodMessage message)
    {
        var about = message.Original.IndexOf(" about ", StringComparison.OrdinalIgnoreCase);
        return about >= 0 && message.Entities.Any(e => e.Start > about
            && _knowledge.MentionsOf(e.Entity.Id).Any(m => _knowledge.Sentence(m.SentenceId).ArticleId == sentence.ArticleId));
    }

    /// <summary>The groups and people the question names by their very name before its reporting verb ("the minister" is a role, not a name): the speakers it asks about.</summary>
    private static HashSet<int> NamedSpeakers(UnderstoodMessage message)
    {
        var verb = ReportingVerbs.Pattern.Match(message.Original);
        return !verb.Success ? new HashSet<int>()
            : message.Entities.Where(e => e.Start >= 0 && e.Start < verb.Index && e.Entity.Kind is EntityKind.Person or EntityKind.Organization && e.Score >= 1)
                .Select(e => e.Entity.Id).ToHashSet();
    }

    /// <summary>
    /// The noun is the reporting verb's own speaker: in one clause with it, a few words away ("the army general said",
    /// "said the minister"); "police said, as the minister ordered an inquiry" is not what the minister said.
    /// </summary>
    private static bool SaidBy(string text, string noun) =>
        Word().Matches(text).Where(w => w.Value.ToLowerInvariant() is var v && (v == noun || v == noun + "s" || v == noun.TrimEnd('s'))).Any(n => SaidBy(text, (n.Index, n.Length)));

    /// <summary>The words at <paramref name="span"/> are a reporting verb's speaker: in one clause with it, a few words away.</summary>
    private static bool SaidBy(string text, (int Index, int Length) span)
    {
        var verbs = ReportingVerbs.Pattern.Matches(text).ToList();
        return verbs.Any(v =>
        {
            var (from, to) = span.Index < v.Index ? (span.Index + span.Length, v.Index) : (v.Index + v.Length, span.Index);
            if (to < from || to > text.Length) return false;
            var between = text[from..to];
            return between.IndexOfAny(Breaks) < 0 && Word().Matches(between).Count <= 5;
        });
    }

    private static readonly char[] Breaks = { ',', ';', ':', '(', ')', '—', '–', '"', '\u201C', '\u201D' };

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*")]
    private static partial Regex Word();
}
