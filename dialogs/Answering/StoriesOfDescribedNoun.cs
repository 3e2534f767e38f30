using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How old is the suspect?" names a person by a noun: when people of two stories are each described as "the suspect",
/// the question means one of those stories, so an answer from a third story, where no one is so described, is a guess;
/// unless a phrase naming the story ("the ringleader of the harbour escape") has a word of the answer's title or lede that
/// opens none of those stories.
/// </summary>
public sealed partial class StoriesOfDescribedNoun
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityWordIndex _words;
    private readonly Vocabulary _vocabulary;
    private readonly ArticleStories _stories;

    /// <summary>Creates the check.</summary>
    public StoriesOfDescribedNoun(IBriefingKnowledge knowledge, EntityWordIndex words, Vocabulary vocabulary, ArticleStories stories)
    {
        _stories = stories;
        _knowledge = knowledge;
        _words = words;
        _vocabulary = vocabulary;
    }

    /// <summary>
    /// The stories whose people the question's "the noun" describes, when there are two or more and none is the answer's
    /// (which is then a guess); else null.
    /// </summary>
    public IReadOnlySet<string>? StoriesMeant(UnderstoodMessage message, AnswerCandidate answer)
    {
        if (message.AllEntityIds.Any()) return null;
        var article = _knowledge.Sentence(answer.SentenceId).ArticleId;
        foreach (Match match in DefiniteNoun().Matches(message.Normalized))
        {
            var noun = match.Groups["noun"].Value;
            if (noun.EndsWith('s') || _vocabulary.IsQuestionWord(noun) || _vocabulary.IsPersonNoun(noun)) continue;
            var stem = TermAnalyzer.Stem(noun);
            var stories = _words.WithHead(stem).Where(w => w.Fits(stem, Array.Empty<string>(), _vocabulary))
                .Select(w => _knowledge.Entity(w.EntityId)).Where(e => e.Kind == EntityKind.Person).SelectMany(e => e.ArticleIds).ToHashSet();
            if (stories.Count >= 2 && !stories.Contains(article) && !NamesStory(message, article, stories)) return stories;
        }

        return null;
    }

    private bool NamesStory(UnderstoodMessage message, string article, HashSet<string> others) =>
        StoryPhrase.TermsIn(message.Normalized).Any(t => _stories.LedeTermsOf(article).Contains(t) && others.All(o => !_stories.LedeTermsOf(o).Contains(t)));

    [GeneratedRegex(@"\bthe (?<noun>[a-z]+)(?='s\b|\W|$)")]
    private static partial Regex DefiniteNoun();
}
