using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Whether a sentence may stand for what someone said when no statement answers "what did the minister say about …":
/// it must report speech ("said", "warned"), and when the question calls the speaker by a noun, say that noun or quote
/// someone it fits. "The men broke out on Sunday" is not what the minister said, nor is "police said, as the minister
/// ordered an inquiry".
/// </summary>
public sealed partial class ReportedSentences
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly PersonNouns _personNouns;

    /// <summary>Creates the check.</summary>
    public ReportedSentences(IBriefingKnowledge knowledge, PersonNouns personNouns)
    {
        _knowledge = knowledge;
        _personNouns = personNouns;
    }

    /// <summary>True when the sentence reports what a speaker the question describes said.</summary>
    public bool Report(Sentence sentence, UnderstoodMessage message)
    {
        var statements = _knowledge.StatementsIn(sentence.Id);
        if (statements.Count == 0 && !ReportingVerbs.Pattern.IsMatch(sentence.Text)) return false;
        var nouns = _personNouns.In(message);
        if (nouns.Count == 0) return true;
        return nouns.Any(n => SaidBy(sentence.Text, n))
            || statements.Any(s => _personNouns.Fits(_knowledge.Entity(s.SpeakerEntityId), message));
    }

    /// <summary>
    /// The noun is the reporting verb's own speaker: in one clause with it, a few words away ("the army general said",
    /// "said the minister"); "police said, as the minister ordered an inquiry" is not what the minister said.
    /// </summary>
    private static bool SaidBy(string text, string noun)
    {
        var nouns = Word().Matches(text).Where(w => w.Value.ToLowerInvariant() is var v && (v == noun || v == noun + "s" || v == noun.TrimEnd('s'))).ToList();
        var verbs = ReportingVerbs.Pattern.Matches(text).ToList();
        return nouns.Any(n => verbs.Any(v =>
        {
            var (from, to) = n.Index < v.Index ? (n.Index + n.Length, v.Index) : (v.Index + v.Length, n.Index);
            var between = text[from..to];
            return between.IndexOfAny(Breaks) < 0 && Word().Matches(between).Count <= 5;
        }));
    }

    private static readonly char[] Breaks = { ',', ';', ':', '(', ')', '—', '–', '"', '\u201C', '\u201D' };

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*")]
    private static partial Regex Word();
}
