using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Tells when "what did X say" asks about someone the articles never quote: X is named but has no statement ("what did
/// the Taliban say"), or X is described with a word no reporting sentence uses of anyone ("what did the Danish navy say",
/// "what did the prime minister say" when only a defence minister speaks).
/// </summary>
public sealed class SilentSpeakers
{
    private static readonly Regex Quoted = new("[\"\u201C][^\"\u201D]*[\"\u201D]", RegexOptions.Compiled);
    private static readonly HashSet<string> GenericSpeakers = new[] { "official", "officials", "person", "people", "man", "woman", "someone", "source", "sources", "spokesperson" }
        .Select(TermAnalyzer.Stem).ToHashSet();

    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly HashSet<string> _speakerWords;

    /// <summary>Collects how the articles describe who said things.</summary>
    public SilentSpeakers(IBriefingKnowledge knowledge, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        // Speakers' names, roles and descriptions, and the words outside quotation marks of every sentence that reports
        // speech ("some Afghan officials have said that …").
        _speakerWords = knowledge.Statements.Select(s => knowledge.Entity(s.SpeakerEntityId)).Distinct()
            .SelectMany(e => TermAnalyzer.Terms(string.Join(' ', e.Roles.Concat(e.Descriptions).Concat(e.Aliases).Append(e.Name))))
            .Concat(knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id)).Select(x => Quoted.Replace(x.Text, " "))
                .Where(x => ReportingVerbs.Pattern.IsMatch(x)).SelectMany(TermAnalyzer.Terms))
            .ToHashSet();
    }

    /// <summary>True when the question asks what someone said whom the articles never quote.</summary>
    public bool AreAskedAbout(UnderstoodMessage message)
    {
        var verb = ReportingVerbs.Pattern.Match(message.Original);
        if (!verb.Success) return false;
        var speakers = message.Entities.Where(e => e.Start >= 0 && e.Start < verb.Index && e.Entity.Kind != EntityKind.Place).ToList();
        if (speakers.Count > 0) return speakers.All(e => _knowledge.StatementsBy(e.Entity.Id).Count == 0);
        var before = TextSpans.Blank(message.Original[..verb.Index], message.Entities.Select(e => (e.Start, e.Length)));
        return TermAnalyzer.Terms(before)
            .Where(t => !_vocabulary.IsQuestionWord(t) && !GenericSpeakers.Contains(t))
            .Any(t => !_vocabulary.Expand(t).Any(_speakerWords.Contains));
    }
}
