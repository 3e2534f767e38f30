using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Whether a sentence may stand for what someone said when no statement answers "what did the minister say about …":
/// it must report speech ("said", "warned"), and when the question calls the speaker by a noun, say that noun or quote
/// someone it fits. "The men broke out on Sunday" is not what the minister said.
/// </summary>
public sealed class ReportedSentences
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
        var words = sentence.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '"', '\'')).ToHashSet();
        return nouns.Any(n => words.Contains(n) || words.Contains(n + "s") || words.Contains(n.TrimEnd('s')))
            || statements.Any(s => _personNouns.Fits(_knowledge.Entity(s.SpeakerEntityId), message));
    }
}
