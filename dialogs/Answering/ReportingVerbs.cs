using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The verbs that report speech: the vocabulary's "say" and "warn" with their synonyms, and every verb a statement in
/// the articles is reported with ("label", "blast").
/// </summary>
public sealed class ReportingVerbs
{
    /// <summary>A reporting verb in a question or a sentence ("said", "warned", "told").</summary>
    public static readonly Regex Pattern = new(
        @"\b(say|said|warn|warned|add|added|note|noted|tell|told|claim|claimed|state|stated|announce|announced|think|predict|argue|write|wrote)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private readonly HashSet<string> _statementVerbs;
    private readonly HashSet<string> _reporting;

    /// <summary>Collects the verbs the articles' statements are reported with.</summary>
    public ReportingVerbs(IBriefingKnowledge knowledge, Vocabulary vocabulary)
    {
        _statementVerbs = knowledge.Statements.Select(s => TermAnalyzer.Stem(s.Verb)).ToHashSet();
        _reporting = vocabulary.Expand("say").Concat(vocabulary.Expand("warn")).Concat(_statementVerbs).ToHashSet();
    }

    /// <summary>True when the stem is a verb some statement in the articles is reported with.</summary>
    public bool IsStatementVerb(string stem) => _statementVerbs.Contains(stem);

    /// <summary>True when the stem reports speech, in general or in the articles.</summary>
    public bool IsReporting(string stem) => _reporting.Contains(stem);

    /// <summary>The verb's past form ("say" → "said", "warn" → "warned").</summary>
    public static string PastTense(string verb) => verb switch
    {
        "say" => "said", "tell" => "told", "write" => "wrote", "think" => "thought",
        _ when verb.EndsWith('e') => verb + "d",
        _ => verb + "ed",
    };
}
