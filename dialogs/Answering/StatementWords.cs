using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The analysed words of each statement, read once rather than once per question: what was said, the same with the
/// words around it that say to whom or where it was said ("told the council"), and its article's headline.
/// </summary>
public sealed class StatementWords
{
    private const int StorySentences = 3;
    private const int MaxLeadIn = 4;
    private readonly IBriefingKnowledge _knowledge;
    private readonly Dictionary<int, HashSet<string>> _said;
    private readonly Dictionary<int, HashSet<string>> _framed;
    private readonly Dictionary<int, HashSet<string>> _headline;
    private readonly Dictionary<int, HashSet<string>> _story;
    private readonly HashSet<int> _sourcing;
    private readonly HashSet<int> _ownWords;

    /// <summary>Indexes every statement of the articles.</summary>
    public StatementWords(IBriefingKnowledge knowledge)
    {
        _knowledge = knowledge;
        var statements = knowledge.Statements.Where(s => s.SentenceIds.Count > 0).ToList();
        _said = statements.ToDictionary(s => s.Id, s => TermAnalyzer.Terms(s.Content).Concat(LeadIn(s)).ToHashSet());
        _framed = statements.ToDictionary(s => s.Id, s => _said[s.Id].Concat(FrameTerms(s)).ToHashSet());
        var headlines = knowledge.Articles.ToDictionary(a => a.Id, a => TermAnalyzer.Terms(a.Title).ToHashSet());
        var stories = knowledge.Articles.ToDictionary(a => a.Id, a => StoryWords(knowledge, a));
        _sourcing = statements.Where(s => IsSourcing(s.Content, knowledge.Sentence(s.SentenceIds[0]).Text)).Select(s => s.Id).ToHashSet();
        _ownWords = statements.Where(s => s.SentenceIds.Any(id => IsQuoted(s.Content, knowledge.Sentence(id).Text))).Select(s => s.Id).ToHashSet();
        _headline = statements.ToDictionary(s => s.Id, s => headlines.GetValueOrDefault(knowledge.Sentence(s.SentenceIds[0]).ArticleId) ?? new HashSet<string>());
        _story = statements.ToDictionary(s => s.Id, s => stories.GetValueOrDefault(knowledge.Sentence(s.SentenceIds[0]).ArticleId) ?? new HashSet<string>());
    }

    /// <summary>The words of what was said.</summary>
    public HashSet<string> Said(int statementId) => _said[statementId];

    /// <summary>The words of what was said, and of whom or where it was said to, but not of who said it.</summary>
    public HashSet<string> SaidOrFramed(int statementId) => _framed[statementId];

    /// <summary>True when the statement is the opening clause of its sentence, not in quotation marks: a fact sourced to the speaker.</summary>
    public bool IsSourcing(int statementId) => _sourcing.Contains(statementId);

    /// <summary>True when what was said stands in quotation marks: the speaker's own words, not a report of them.</summary>
    public bool IsOwnWords(int statementId) => _ownWords.Contains(statementId);

    /// <summary>The words of the headline of the statement's article.</summary>
    public HashSet<string> Headline(int statementId) => _headline[statementId];

    /// <summary>What the statement's article is about: the words of its headline and those it uses again and again.</summary>
    public HashSet<string> Story(int statementId) => _story[statementId];

    /// <summary>
    /// The words around the quote that say to whom, where or when it was said ("told the council", "at the harbour"), not
    /// who said it: a question may ask by them ("what did the mayor tell the council").
    /// </summary>
    private IEnumerable<string> FrameTerms(Statement statement)
    {
        var speaker = _knowledge.Entity(statement.SpeakerEntityId);
        var own = TermAnalyzer.Terms(string.Join(' ', speaker.Aliases.Concat(speaker.Roles).Concat(speaker.Descriptions).Append(speaker.Name))).ToHashSet();
        var contentWords = _said[statement.Id].Count;
        // Only a sentence that is little more than the statement is its frame; a long paragraph says other things too.
        return statement.SentenceIds.Select(_knowledge.Sentence).Where(s => s.Terms.Count <= contentWords + 8)
            .SelectMany(s => s.Terms).Where(t => !own.Contains(t));
    }

    /// <summary>
    /// The few words between the reporting verb and what was said, which the statement leaves out though they were said
    /// too ("she said the case showed that gangs were shifting": "case", "show").
    /// </summary>
    private IEnumerable<string> LeadIn(Statement statement)
    {
        var verb = ReportingVerbs.PastTense(statement.Verb);
        foreach (var sentence in statement.SentenceIds.Select(id => _knowledge.Sentence(id).Text))
        {
            var at = ContentAt(statement.Content, sentence);
            if (at <= 0) continue;
            var verbAt = sentence.LastIndexOf(" " + verb + " ", at, StringComparison.OrdinalIgnoreCase);
            if (verbAt < 0 || verbAt + verb.Length + 2 > at) continue;
            var lead = TermAnalyzer.Terms(sentence[(verbAt + verb.Length + 2)..at]);
            if (lead.Count <= MaxLeadIn) return lead;
        }
        return [];
    }

    /// <summary>
    /// The headline's words and those in <see cref="StorySentences"/> or more of the article's sentences: "the attack" is
    /// what an article about a break-in tells of though its headline says "break-in".
    /// </summary>
    private static HashSet<string> StoryWords(IBriefingKnowledge knowledge, Knowledge.Model.Article article) =>
        knowledge.SentencesOf(article.Id).SelectMany(s => s.Terms.Distinct()).GroupBy(t => t).Where(g => g.Count() >= StorySentences).Select(g => g.Key)
            .Concat(TermAnalyzer.Terms(article.Title)).ToHashSet();

    private static bool IsQuoted(string content, string sentence) =>
        ContentAt(content, sentence) is var at && at > 0 && sentence[..at].TrimEnd() is { Length: > 0 } before && before[^1] is '"' or '\u201c';

    private static bool IsSourcing(string content, string sentence) =>
        ContentAt(content, sentence.TrimStart()) == 0;

    /// <summary>Where the statement's words start in the sentence (by their first 20 characters), or -1.</summary>
    private static int ContentAt(string content, string sentence) =>
        content.Length == 0 ? -1 : sentence.IndexOf(content[..Math.Min(20, content.Length)], StringComparison.Ordinal);
}
