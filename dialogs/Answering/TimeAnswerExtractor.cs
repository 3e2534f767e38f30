using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers when-questions with a sentence's resolved date expressions ("October 2016", from "last October").
/// A question about a beginning prefers a "since …" expression; "how long has it been …" takes one, "how long did it take" not.
/// </summary>
public sealed partial class TimeAnswerExtractor : IAnswerExtractor
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly VerbClauses _clauses;
    private readonly SameDayTimes _sameDay;

    /// <summary>Creates the extractor.</summary>
    public TimeAnswerExtractor(IBriefingKnowledge knowledge, VerbClauses clauses)
    {
        _knowledge = knowledge;
        _clauses = clauses;
        _sameDay = new SameDayTimes(knowledge);
    }

    /// <inheritdoc />
    public bool Handles(AnswerKind kind) => kind is AnswerKind.Date or AnswerKind.Duration;

    /// <inheritdoc />
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence ranked)
    {
        var times = _knowledge.TimesIn(ranked.Sentence.Id).Where(t => IsDate(t) || (AsksAhead(message) && IsDeadline(t)))
            .Where(t => message.Expected == AnswerKind.Date || (IsSince(ranked.Sentence, t) && MayRunSince(message)))
            .Where(t => !Tense.AsksAhead(message.Normalized) || (!IsOver(t, ranked.Sentence) && !IsSince(ranked.Sentence, t)))
            .Where(t => !ClockTimes.Asked(message) || ClockTimes.Tell(t.Text)).ToList();
        var askedBeginning = message.VerbMeaning == "begin";
        // A date in another verb's clause is that verb's ("detained last May … were released"): never the answer.
        var fits = times.ToDictionary(t => t, t => message.Expected == AnswerKind.Date ? _clauses.Fits(ranked.Sentence, t.Start, message) : null);
        foreach (var time in times.Where(t => fits[t] != false).OrderByDescending(t => askedBeginning && IsSince(ranked.Sentence, t)).ThenBy(t => t.Start))
        {
            var since = IsSince(ranked.Sentence, time) && !time.Display.StartsWith("since", StringComparison.OrdinalIgnoreCase) ? "Since " : "";
            var text = Resolved(time) ? $"{since}{time.Display} (\u201C{time.Text}\u201D)" : $"{since}{time.Display}";
            yield return new AnswerCandidate(text, ranked.Sentence.Id, ranked.Score) { InVerbClause = fits[time] == true };
        }

        // "For how long will it be shut": "for the next three weeks" and "reopened it ten minutes later" say a length of time.
        if (message.Expected == AnswerKind.Duration)
        {
            foreach (var span in _knowledge.TimesIn(ranked.Sentence.Id).Select(t => RelativeSpans.Of(t, message.Normalized)).OfType<string>())
            {
                yield return new AnswerCandidate(span, ranked.Sentence.Id, ranked.Score);
            }
        }

        if (times.Count == 0 && message.Expected == AnswerKind.Date && _sameDay.Of(ranked.Sentence, IsDate) is var (words, date)
            && (!ClockTimes.Asked(message) || ClockTimes.Tell($"{words} {date.Text}")))
        {
            yield return new AnswerCandidate($"{date.Display} (\u201C{words}\u201D, \u201C{date.Text}\u201D)", ranked.Sentence.Id, ranked.Score);
        }
    }

    /// <summary>A day, a month, a year…: not a span ("for two weeks"), a repeat ("every week") or a bare part of a day ("in the evening").</summary>
    private static bool IsDate(TimeExpression time) => time.Type is not ("duration" or "set") && time.Timex is not ("TMO" or "TAF" or "TEV" or "TNI" or "TDT");

    /// <summary>"When will …", "when does … expect …": a question about what is still to happen, not "when did …".</summary>
    private static bool AsksAhead(UnderstoodMessage message) =>
        message.Expected == AnswerKind.Date && !PastQuestion().IsMatch(message.Normalized);

    /// <summary>A time that ended before the article was published cannot say when something "will" happen.</summary>
    private bool IsOver(TimeExpression time, Sentence sentence) =>
        time.ResolvedEnd is { } end && end <= _knowledge.Article(sentence.ArticleId).Published;

    /// <summary>"Within 48 hours" says when something is to happen, counted from the statement.</summary>
    private static bool IsDeadline(TimeExpression time) => time.Type == "duration" && time.Text.StartsWith("within ", StringComparison.OrdinalIgnoreCase);

    private static bool Resolved(TimeExpression time) =>
        !string.Equals(time.Display, time.Text, StringComparison.OrdinalIgnoreCase) && !time.Display.Contains(time.Text, StringComparison.OrdinalIgnoreCase);

    private static bool IsSince(Sentence sentence, TimeExpression time)
    {
        var before = sentence.Text[..Math.Clamp(time.Start, 0, sentence.Text.Length)].TrimEnd();
        return before.EndsWith("since", StringComparison.OrdinalIgnoreCase) || time.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "How long has it been shut" is answered by "since May"; "how long did the work take", "how long will it last" and
    /// "how fast" by a length of time only.
    /// </summary>
    private static bool MayRunSince(UnderstoodMessage message) => !SpanOnly().IsMatch(message.Normalized);

    [GeneratedRegex(@"^((and|so|but|then) )?(for )?how (long (did|does|do|will|would|can|could|should|must)|fast|quickly|soon)\b")]
    private static partial Regex SpanOnly();

    [GeneratedRegex(@"^when (did|was|were|had|has|have)\b")]
    private static partial Regex PastQuestion();
}
