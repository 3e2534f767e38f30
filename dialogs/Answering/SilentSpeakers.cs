using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Tells when "what did X say" asks about someone the articles never quote: X is named but has no statement ("what did
/// the Taliban say"), or X is described with words no article uses together of its speakers ("what did the Danish navy say",
/// "what did the prime minister say" when only a defence minister speaks, though "the Acme director" speaks for Acme, "what did the city police say" when a sentence
/// only says the city police were told).
/// </summary>
public sealed class SilentSpeakers
{
    private static readonly Regex Quoted = new("[\"\u201C][^\"\u201D]*[\"\u201D]", RegexOptions.Compiled);
    private static readonly HashSet<string> GenericSpeakers = new[] { "official", "officials", "person", "people", "man", "woman", "someone", "source", "sources", "spokesperson" }
        .Select(TermAnalyzer.Stem).ToHashSet();

    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly PersonNouns _personNouns;
    private readonly List<HashSet<string>> _speakerWordsByArticle;

    /// <summary>Collects how each article describes who said things.</summary>
    public SilentSpeakers(IBriefingKnowledge knowledge, Vocabulary vocabulary, PersonNouns personNouns)
    {
        _personNouns = personNouns;
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        // Per article: its quoted speakers' names, roles and descriptions, and the words of the clause just before the verb
        // of each sentence that reports speech ("some Afghan officials have said that …"), not the rest of it: in "the
        // city police were told, she said" the police say nothing. A question's speaker words must all be found in one
        // article, not gathered from several.
        _speakerWordsByArticle = knowledge.Articles.Select(a => SpeakerWords(knowledge, a.Id)).ToList();
    }

    private static HashSet<string> SpeakerWords(IBriefingKnowledge knowledge, string articleId)
    {
        var sentences = knowledge.SentencesOf(articleId);
        var speakers = sentences.SelectMany(s => knowledge.StatementsIn(s.Id)).Select(s => knowledge.Entity(s.SpeakerEntityId)).Distinct();
        return speakers.SelectMany(e => TermAnalyzer.Terms(string.Join(' ', e.Roles.Concat(e.Descriptions).Concat(e.Aliases).Append(e.Name))))
            .Concat(sentences.SelectMany(s => SubjectsOfReportingVerbs(s.Text)))
            .ToHashSet();
    }

    /// <summary>The words of the clause before each reporting verb of a sentence, quotations left out.</summary>
    private static IEnumerable<string> SubjectsOfReportingVerbs(string sentence)
    {
        var unquoted = Quoted.Replace(sentence, " , ");
        foreach (Match verb in ReportingVerbs.Pattern.Matches(unquoted))
        {
            var before = unquoted[..verb.Index];
            var clauseStart = before.LastIndexOfAny([',', ';', ':', '\u2014']) + 1;
            foreach (var term in TermAnalyzer.Terms(before[clauseStart..])) yield return term;
        }
    }

    /// <summary>True when the question asks what someone said whom the articles never quote.</summary>
    public bool AreAskedAbout(UnderstoodMessage message)
    {
        var verb = ReportingVerbs.Pattern.Match(message.Original);
        if (!verb.Success) return false;
        var speakers = message.Entities.Where(e => e.Start >= 0 && e.Start < verb.Index && e.Entity.Kind != EntityKind.Place).ToList();
        if (speakers.Count > 0) return speakers.All(e => _knowledge.StatementsBy(e.Entity.Id).Count == 0 && !_personNouns.QuotesMemberOf(e, message));
        var before = TextSpans.Blank(message.Original[..verb.Index], message.Entities.Select(e => (e.Start, e.Length)));
        var words = TermAnalyzer.Terms(before).Where(t => !_vocabulary.IsQuestionWord(t) && !GenericSpeakers.Contains(t)).ToList();
        return words.Count > 0 && !_speakerWordsByArticle.Any(bag => words.All(t => _vocabulary.Expand(t).Any(bag.Contains)));
    }
}
