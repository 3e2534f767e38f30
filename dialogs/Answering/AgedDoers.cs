using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How old is the one who broke into the gate": the asked person is the one a sentence of the story names doing that
/// ("Ivo Brandt broke into the gate, while …"), so that person's age ("Ivo Brandt, 36,") comes first, before an age said of
/// somebody else whose sentence shares more words with the question.
/// </summary>
public sealed partial class AgedDoers
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly AgeHolders _holders;

    /// <summary>Creates the rule.</summary>
    public AgedDoers(IBriefingKnowledge knowledge)
    {
        _knowledge = knowledge;
        _holders = new AgeHolders(knowledge);
    }

    /// <summary>The candidates, led by the age of the one person the stories of the candidates name doing the asked action.</summary>
    public List<AnswerCandidate> Before(List<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (candidates.Count == 0 || AskedAction(message) is not { } action) return candidates;
        foreach (var article in candidates.Select(c => _knowledge.Sentence(c.SentenceId).ArticleId).Distinct())
        {
            if (DoersAge(article, action) is not { } age) continue;
            if (candidates[0].Text == age.Text) return candidates;
            return [age with { Score = candidates[0].Score }, .. candidates.Where(c => c.Text != age.Text)];
        }
        return candidates;
    }

    /// <summary>True when the answer is the age of the one person its story names doing the asked action: no rival age is asked for.</summary>
    public bool IsDoersAge(AnswerCandidate answer, UnderstoodMessage message) =>
        AskedAction(message) is { } action && DoersAge(_knowledge.Sentence(answer.SentenceId).ArticleId, action)?.Text == answer.Text;

    private static List<string>? AskedAction(UnderstoodMessage message) =>
        AnswerKindClassifier.AsksAge(message.Normalized) && Doing().Match(message.Normalized) is { Success: true } asked
        && TermAnalyzer.Terms(asked.Groups["action"].Value).ToList() is { Count: > 0 } action ? action : null;

    /// <summary>The age of the one person of the article named doing the action, as an answer; null for none or several.</summary>
    private AnswerCandidate? DoersAge(string article, IReadOnlyList<string> action)
    {
        var doers = _knowledge.Entities.Where(e => e.Kind == EntityKind.Person && _knowledge.MentionsOf(e.Id).Any(m => Does(m, article, action))).ToList();
        return doers.Count == 1 && _holders.AgeOf(doers[0].Id) is { } age ? new AnswerCandidate(age.Age.Text, age.SentenceId, 0) : null;
    }

    /// <summary>True when the words right after the mention, up to the clause's end, open with the action's verb and hold its every word ("NAME broke into the gate", not "NAME said thieves broke into the gate").</summary>
    private bool Does(Mention mention, string article, IReadOnlyList<string> action)
    {
        var sentence = _knowledge.Sentence(mention.SentenceId);
        if (sentence.ArticleId != article) return false;
        var end = Math.Min(sentence.Text.Length, mention.Start + mention.Surface.Length);
        var clause = ClauseStart().Match(sentence.Text[end..]).Groups[1].Value;
        var said = TermAnalyzer.Terms(clause);
        return said.Count > 0 && said[0] == action[0] && action.All(said.Contains);
    }

    /// <summary>"… the one who broke into the gate": what the asked person did.</summary>
    [GeneratedRegex(@"\bwho (?<action>(?!is\b|was\b|are\b|were\b)[a-z].*)$")]
    private static partial Regex Doing();

    /// <summary>The words after a name up to the first comma, semicolon or full stop ("Ivo B. broke in, while …": broke in).</summary>
    [GeneratedRegex(@"^\.?\s*([^,;.]*)")]
    private static partial Regex ClauseStart();
}
