using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Dates and numbers in a question ("in 2014", "38 countries") with Microsoft.Recognizers.Text: dates through the
/// same extractor that reads the articles, resolved against the newest article's date (the briefing's "now"),
/// numbers through the Number recognizer.
/// </summary>
public sealed class QuestionFacts
{
    private readonly DateTime _reference;

    /// <summary>Loads the recognizers now, so the first user does not pay their cold start.</summary>
    public QuestionFacts(IBriefingKnowledge knowledge)
    {
        _reference = knowledge.Articles.Count > 0 ? knowledge.Articles[0].Published : DateTime.Today;
        Find("38 countries in October 2016");
    }

    /// <summary>The resolved dates and the numbers of a question.</summary>
    public (IReadOnlyList<TimeExpression> Times, IReadOnlyList<Quantity> Numbers) Find(string question)
    {
        // Only dates with their year and numbers in figures constrain an answer ("on Friday" or "in March" mean a
        // different day in each article and stay ordinary words), so a question without a digit needs no recognizer.
        if (!question.Any(char.IsDigit)) return (Array.Empty<TimeExpression>(), Array.Empty<Quantity>());
        var times = TimeExtractor.Extract(question, _reference)
            .Where(t => t.ResolvedStart is not null && t.Timex.Length >= 4 && t.Timex[..4].All(char.IsDigit) && t.Text.Any(char.IsDigit))
            .ToList();
        var numbers = NumberRecognizer.RecognizeNumber(question, Culture.English)
            .Where(r => !times.Any(t => r.Start < t.Start + t.Text.Length && t.Start < r.End + 1))
            .Select(r => (Result: r, Value: double.TryParse(r.Resolution?["value"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : (double?)null))
            .Where(p => p.Value is not null && p.Result.Text.Any(char.IsDigit))
            .Select(p => new Quantity { Text = question.Substring(p.Result.Start, p.Result.End - p.Result.Start + 1), Start = p.Result.Start, Value = p.Value!.Value, Kind = "number" })
            .ToList();
        return (times, numbers);
    }
}
