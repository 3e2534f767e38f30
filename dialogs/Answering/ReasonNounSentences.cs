using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "The clerk owed a card club 40,000 crowns, which detectives think was his motive for agreeing": a sentence that names,
/// with the noun "reason" or "motive", the reason for an asked word ("why did the clerk agree to sell the permits") gives
/// the reason as a whole, though it leaves the act's other words to its story. It answers a why-question before a clause of
/// a covering sentence when its story holds every asked word.
/// </summary>
public sealed partial class ReasonNounSentences
{
    private readonly ArticleStories _stories;
    private readonly Vocabulary _vocabulary;
    private readonly SentenceIndex _index;
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the reader.</summary>
    public ReasonNounSentences(ArticleStories stories, Vocabulary vocabulary, SentenceIndex index, IBriefingKnowledge knowledge)
    {
        _knowledge = knowledge;
        _stories = stories;
        _vocabulary = vocabulary;
        _index = index;
    }

    /// <summary>True when the text names the reason for or behind one of the question's own words.</summary>
    public static bool NamesReasonFor(string text, UnderstoodMessage message) =>
        ReasonFor().Matches(text).Any(m => message.Terms.Contains(TermAnalyzer.Stem(m.Groups["word"].Value.ToLowerInvariant())));

    /// <summary>
    /// True when the text names the reason for a bare act of its story ("which police say was her reason for helping."): a verb
    /// in "-ing" closing the clause, with no object, means what the story tells.
    /// </summary>
    public static bool NamesReasonForStoryAct(string text) => ReasonForBareAct().IsMatch(text);

    /// <summary>
    /// The test of a ranked sentence when no sentence covering a why-question answers: it names the reason for its story's
    /// bare act, holds one of the asked words itself (the one the act is asked of: "the clerk"), its story names every
    /// asked entity ("the THB clerk": the sentence need not name the board), and its title or lede holds every asked word:
    /// the bare act is the one the story is about, not any other act the story tells ("why did police wait before the arrest").
    /// </summary>
    public Func<RankedSentence, bool> CoversStoryAct(UnderstoodMessage message)
    {
        var asked = AskedWords.Of(message, _vocabulary);
        if (asked.Wide.Length == 0) return _ => false;
        return ranked =>
        {
            if (!NamesReasonForStoryAct(ranked.Sentence.Text) || message.AllEntityIds.Any(id => !_knowledge.Entity(id).ArticleIds.Contains(ranked.Sentence.ArticleId))) return false;
            var own = _index.TermsOf(ranked.Sentence.Id);
            var opening = _stories.TitleTermsOf(ranked.Sentence).Union(_stories.LedeTermsOf(ranked.Sentence)).ToHashSet();
            return asked.Own.Any(words => words.Any(own.Contains)) && asked.Wide.All(words => words.Any(opening.Contains));
        };
    }

    /// <summary>The test of a ranked sentence: it meets the constraints, names the reason for an asked word, and its story holds every asked word.</summary>
    public Func<RankedSentence, bool> Covers(UnderstoodMessage message)
    {
        var asked = AskedWords.Of(message, _vocabulary);
        if (asked.Wide.Length == 0) return _ => false;
        return ranked =>
        {
            if (!ranked.MeetsConstraints || !NamesReasonFor(ranked.Sentence.Text, message)) return false;
            var story = _stories.TermsOf(ranked.Sentence.ArticleId);
            return asked.Wide.All(words => words.Any(story.Contains));
        };
    }

    [GeneratedRegex(@"\b(?:reason|motive)s? (?:for|behind) (?:(?:the|his|her|its|their|this|that) )?(?<word>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonFor();

    [GeneratedRegex(@"\b(?:reason|motive)s? (?:for|behind) (?<word>[a-z]+ing)\s*(?:[.,;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonForBareAct();
}
