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
/// only says the city police were told). The demonym a story's lede opens with may describe that country's speakers
/// ("the Tarnian foreign minister" in a story opening "TARNBY — Tarnian police …").
/// </summary>
public sealed class SilentSpeakers
{
    private static readonly Regex Quoted = new("[\"\u201C][^\"\u201D]*[\"\u201D]", RegexOptions.Compiled);
    private static readonly HashSet<string> GenericSpeakers = new[] { "official", "officials", "person", "people", "man", "woman", "someone", "source", "sources", "spokesperson" }
        .Select(TermAnalyzer.Stem).ToHashSet();

    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly PersonNouns _personNouns;
    private readonly ArticleStories _stories;
    private readonly Dictionary<string, HashSet<string>> _homeDemonymsByArticle;
    private readonly Dictionary<string, HashSet<string>> _speakerWordsByArticle;

    /// <summary>Collects how each article describes who said things.</summary>
    public SilentSpeakers(IBriefingKnowledge knowledge, Vocabulary vocabulary, PersonNouns personNouns, PlaceDemonyms demonyms, ArticleStories stories)
    {
        _stories = stories;
        _personNouns = personNouns;
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        // Per article: its quoted speakers' names, roles and descriptions, and the words of the clause just before the verb
        // of each sentence that reports speech ("some Afghan officials have said that …"), not the rest of it: in "the
        // city police were told, she said" the police say nothing. A question's speaker words must all be found in one
        // article, not gathered from several.
        _speakerWordsByArticle = knowledge.Articles.ToDictionary(a => a.Id, a => SpeakerWords(knowledge, a.Id));
        _homeDemonymsByArticle = knowledge.Articles.ToDictionary(a => a.Id, a => HomeDemonyms(knowledge, demonyms, a.Id));
    }

    private static HashSet<string> SpeakerWords(IBriefingKnowledge knowledge, string articleId)
    {
        var sentences = knowledge.SentencesOf(articleId);
        var speakers = sentences.SelectMany(s => knowledge.StatementsIn(s.Id)).Select(s => knowledge.Entity(s.SpeakerEntityId)).Distinct();
        return speakers.SelectMany(e => TermAnalyzer.Terms(string.Join(' ', e.Roles.Concat(e.Descriptions).Concat(e.Aliases).Append(e.Name))))
            .Concat(sentences.SelectMany(s => SubjectsOfReportingVerbs(s.Text)))
            .ToHashSet();
    }

    /// <summary>"TARNBY — Tarnian police have arrested …": the demonym the lede opens with, the country whose officials the story is about.</summary>
    private static HashSet<string> HomeDemonyms(IBriefingKnowledge knowledge, PlaceDemonyms demonyms, string articleId)
    {
        if (knowledge.SentencesOf(articleId).Skip(1).FirstOrDefault() is not { } lede) return [];
        var opening = string.Join(' ', lede.Text[MentionsByNearness.DatelineLength(lede.Text)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
        return TermAnalyzer.Terms(opening).Where(t => demonyms.UsedIn([t]).Any()).ToHashSet();
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
        var topic = TermAnalyzer.Terms(message.Original[(verb.Index + verb.Length)..]).Where(t => !_vocabulary.IsQuestionWord(t) && !_vocabulary.IsSoft(t)).ToList();
        return words.Count > 0 && !_speakerWordsByArticle.Any(bag => Describes(words, bag.Key, bag.Value, topic));
    }

    /// <summary>
    /// True when an article's speakers are described with all the words, the demonym its lede opens with standing for
    /// the country's own officials ("the Tarnian interior minister" where "TARNBY — Tarnian police …" and "Interior Minister
    /// Ann Roe said"), so long as some other word is a speaker word too and the article is about what is asked.
    /// </summary>
    private bool Describes(IReadOnlyList<string> words, string articleId, HashSet<string> bag, IReadOnlyList<string> topic)
    {
        var home = words.Where(t => !bag.Contains(t) && _homeDemonymsByArticle[articleId].Contains(t)).ToList();
        return home.Count < words.Count && words.Except(home).All(t => _vocabulary.Expand(t).Any(bag.Contains))
            && (home.Count == 0 || IsAbout(articleId, topic));
    }

    /// <summary>"What did the Tarnian police say about the fugitive": the article whose officials speak must use every word of what they are asked about.</summary>
    private bool IsAbout(string articleId, IReadOnlyList<string> topic) =>
        topic.All(t => _vocabulary.Expand(t).Any(_stories.TermsOf(articleId).Contains));
}
