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

    /// <summary>Reads the title and lede of every article.</summary>
    public ArticleStories(IBriefingKnowledge knowledge)
    {
        _titleTerms = knowledge.Articles.ToDictionary(a => a.Id, a => TermAnalyzer.Terms(a.Title).ToHashSet());
        _ledeTerms = knowledge.Articles.ToDictionary(a => a.Id, a => knowledge.SentencesOf(a.Id).Take(2).SelectMany(s => s.Terms).ToHashSet());
    }

    /// <summary>
    /// The terms of the title of the sentence's article. Title only: the lede's words ("social media accounts") are too
    /// often the very thing asked about.
    /// </summary>
    public HashSet<string> TitleTermsOf(Sentence sentence) => _titleTerms.GetValueOrDefault(sentence.ArticleId, NoTerms);

    /// <summary>The terms of the article's title and lede, met only by words of a phrase naming the story ("in the dock raids").</summary>
    public HashSet<string> LedeTermsOf(Sentence sentence) => _ledeTerms.GetValueOrDefault(sentence.ArticleId, NoTerms);
}
