using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How many crew were aboard?" … "where were most of them from?": the count's own sentence says where most of them are
/// from ("a crew of 30, most of them from Tarnia") or in ("citizens of 12 countries, the majority of them in Asia").
/// </summary>
public static partial class MostOfThem
{
    /// <summary>True when the question asks where most of "them" are from or in.</summary>
    public static bool Asks(string normalized) => Question().IsMatch(normalized);

    /// <summary>
    /// The place named right after "most of them from/in" in the last answer's sentence, else in the one sentence of its
    /// article that says so and shares a word with the last question ("how many crew …" answered by "21 sailors" from
    /// another sentence than "its crew of 21, most of them from Tarnia"); null when none or several.
    /// </summary>
    public static AnswerCandidate? After(IBriefingKnowledge knowledge, int lastSentenceId, string? lastQuestion)
    {
        if (In(knowledge, lastSentenceId) is { } inLast) return inLast;
        var asked = TermAnalyzer.Terms(lastQuestion ?? "").ToHashSet();
        var found = knowledge.SentencesOf(knowledge.Sentence(lastSentenceId).ArticleId)
            .Where(s => s.Id != lastSentenceId && s.Terms.Any(asked.Contains))
            .Select(s => In(knowledge, s.Id)).OfType<AnswerCandidate>().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static AnswerCandidate? In(IBriefingKnowledge knowledge, int sentenceId)
    {
        var phrase = Phrase().Match(knowledge.Sentence(sentenceId).Text);
        if (!phrase.Success) return null;
        var after = phrase.Index + phrase.Length;
        var place = knowledge.MentionsIn(sentenceId)
            .Where(m => !m.IsResolvedReference && m.Start >= after && m.Start <= after + "the ".Length)
            .Select(m => knowledge.Entity(m.EntityId))
            .FirstOrDefault(e => e.Kind == EntityKind.Place);
        return place is null ? null : new AnswerCandidate(place.Name, sentenceId, 1) { EntityIds = new[] { place.Id } };
    }

    [GeneratedRegex(@"^(and )?where (are|were|do|did|is|was) (most|the majority|many|half) of them\b")]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(most|the majority|many|half) of them,? (?:(?:are|were|come|came) )?(from|in) ", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
