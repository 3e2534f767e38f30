using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Why is the guard service involved in the warehouse fire": the words that name the story after a preposition
/// (<see cref="StoryPhrase"/>; not the question's subject, which the answer tells of) often stand only in the story's
/// title, lede or other sentences, not in the one giving the reason ("the guard service joined the inquiry because …").
/// When no sentence covering a why-question answers, one may that holds every other asked word, meets the question's
/// constraints and lacks a naming word, when its story holds every naming word and the question asks something besides
/// them: another word, or an entity it names by name.
/// </summary>
public sealed class StoryNamedSentences
{
    private readonly SentenceIndex _index;
    private readonly ArticleStories _stories;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the reader.</summary>
    public StoryNamedSentences(SentenceIndex index, ArticleStories stories, Vocabulary vocabulary)
    {
        _index = index;
        _stories = stories;
        _vocabulary = vocabulary;
    }

    /// <summary>The test of a ranked sentence; false for every sentence when the question names no story.</summary>
    public Func<RankedSentence, bool> Covers(UnderstoodMessage message)
    {
        var asked = AskedWords.Of(message, _vocabulary);
        var phrase = StoryPhrase.TermsIn(message.Normalized, subjects: false);
        var names = asked.Own.Select(words => words.Any(phrase.Contains)).ToArray();
        var naming = asked.Wide.Where((_, i) => names[i]).ToArray();
        var others = asked.Wide.Where((_, i) => !names[i]).ToArray();
        if (naming.Length == 0 || (others.Length == 0 && asked.ByName.Count == 0)) return _ => false;
        return ranked =>
        {
            if (!ranked.MeetsConstraints) return false;
            var own = _index.TermsOf(ranked.Sentence.Id);
            var story = _stories.TermsOf(ranked.Sentence.ArticleId);
            return others.All(words => words.Any(own.Contains)) && naming.All(words => words.Any(story.Contains)) && naming.Any(words => !words.Any(own.Contains));
        };
    }
}
