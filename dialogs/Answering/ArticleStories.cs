using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// What each article's story is about as a whole, read once: the terms of its title and lede, so a question naming the
/// story ("the harbour strike") may be answered by any of its sentences (its places: <see cref="StorySettings"/>).
/// </summary>
public sealed class ArticleStories
{
    private static readonly HashSet<string> NoTerms = new();
    private readonly Dictionary<string, HashSet<string>> _titleTerms;
    private readonly Dictionary<string, HashSet<string>> _ledeTerms;
    private readonly Dictionary<string, HashSet<string>> _allTerms;
    private readonly Dictionary<(string, string), HashSet<string>> _pairArticles = new();

    /// <summary>Reads the title and lede of every article.</summary>
    public ArticleStories(IBriefingKnowledge knowledge)
    {
        _titleTerms = knowledge.Articles.ToDictionary(a => a.Id, a => TermAnalyzer.Terms(a.Title).ToHashSet());
        _ledeTerms = knowledge.Articles.ToDictionary(a => a.Id, a => knowledge.SentencesOf(a.Id).Take(2).SelectMany(s => s.Terms).ToHashSet());
        _allTerms = knowledge.Articles.ToDictionary(a => a.Id, a => knowledge.SentencesOf(a.Id).SelectMany(s => s.Terms).Concat(_titleTerms[a.Id]).ToHashSet());
        foreach (var sentence in knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id)))
        {
            for (var i = 0; i + 1 < sentence.Terms.Count; i++)
            {
                var pair = (sentence.Terms[i], sentence.Terms[i + 1]);
                if (!_pairArticles.TryGetValue(pair, out var articles)) _pairArticles[pair] = articles = new HashSet<string>();
                articles.Add(sentence.ArticleId);
            }
        }
    }

    /// <summary>The ids of every article.</summary>
    public IEnumerable<string> ArticleIds => _allTerms.Keys;

    /// <summary>Every term of the article, title included.</summary>
    public HashSet<string> TermsOf(string articleId) => _allTerms.GetValueOrDefault(articleId, NoTerms);

    /// <summary>True when the sentence's article uses the term anywhere, title included.</summary>
    public bool ArticleUses(Sentence sentence, string term) => _allTerms.TryGetValue(sentence.ArticleId, out var terms) && terms.Contains(term);

    /// <summary>True when an article other than the sentence's puts the two terms side by side ("rail operator").</summary>
    public bool OtherArticleSays(Sentence sentence, string first, string second) =>
        _pairArticles.TryGetValue((first, second), out var articles) && articles.Any(a => a != sentence.ArticleId);

    /// <summary>
    /// The terms of the title of the sentence's article. Title only: the lede's words ("social media accounts") are too
    /// often the very thing asked about.
    /// </summary>
    public HashSet<string> TitleTermsOf(Sentence sentence) => _titleTerms.GetValueOrDefault(sentence.ArticleId, NoTerms);

    /// <summary>The terms of the article's title and lede, met only by words of a phrase naming the story ("in the dock raids").</summary>
    public HashSet<string> LedeTermsOf(Sentence sentence) => LedeTermsOf(sentence.ArticleId);

    /// <summary>The terms of the article's title and lede.</summary>
    public HashSet<string> LedeTermsOf(string articleId) => _ledeTerms.GetValueOrDefault(articleId, NoTerms);
}
