using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>The dates and numbers a question names, matched against those the sentences state (a count by a count, a span by a span).</summary>
public sealed class AskedFacts
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the matcher.</summary>
    public AskedFacts(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The sentences that speak of a time overlapping a date the question names.</summary>
    public IEnumerable<int> SentencesAtAskedTimes(UnderstoodMessage message) =>
        message.Times.Count == 0 ? Enumerable.Empty<int>() :
            _knowledge.Articles.SelectMany(a => _knowledge.SentencesOf(a.Id))
                .Where(s => _knowledge.TimesIn(s.Id).Any(t => message.Times.Any(asked => Overlap(asked, t))))
                .Select(s => s.Id);

    /// <summary>True when the sentence has a time overlapping each date the question names, and each number it names.</summary>
    public bool AreStatedIn(int sentenceId, UnderstoodMessage message)
    {
        var times = _knowledge.TimesIn(sentenceId);
        var quantities = _knowledge.QuantitiesIn(sentenceId);
        return message.Times.All(asked => times.Any(t => Overlap(asked, t)))
            && message.Numbers.All(asked => quantities.Any(q => Math.Abs(q.Value - asked.Value) < 1e-9 && SameSort(asked, q)) || NumbersName(sentenceId, asked));
    }

    /// <summary>
    /// True when the sentence writes the asked number in a name's number ("rated as Category 2", "Terminal 3"): the store
    /// keeps no quantity for those, since they count nothing.
    /// </summary>
    private bool NumbersName(int sentenceId, Quantity asked) =>
        NamedNumber.Matches(_knowledge.Sentence(sentenceId).Text).Any(m => double.TryParse(m.Groups[1].Value, out var value) && Math.Abs(value - asked.Value) < 1e-9);

    private static readonly System.Text.RegularExpressions.Regex NamedNumber = new(@"(?<=\S )\p{Lu}\p{Ll}+ (\d+)\b(?![.,]\d)", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>"The 2 suspects" is not stated by "over two years": a count of things is not a length of time, nor the other way round.</summary>
    private static bool SameSort(Quantity asked, Quantity stated) =>
        QuantityAnswerExtractor.IsDuration(asked) == QuantityAnswerExtractor.IsDuration(stated);

    private static bool Overlap(TimeExpression asked, TimeExpression stated) =>
        stated.Timex != "PAST_REF" && stated.ResolvedStart is { } start && asked.ResolvedStart is { } askedStart
        && start < (asked.ResolvedEnd ?? askedStart.AddDays(1)) && askedStart < (stated.ResolvedEnd ?? start.AddDays(1));
}
