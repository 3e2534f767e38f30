using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Dates and numbers in a question ("in March", "38 countries"), found with the same Microsoft.Recognizers.Text
/// extractors that read the articles, resolved against the newest article's date: the briefing's "now".
/// </summary>
public sealed class QuestionFacts
{
    private readonly DateTime _reference;

    /// <summary>Loads the recognizers now, so the first user does not pay their cold start.</summary>
    public QuestionFacts(IBriefingKnowledge knowledge)
    {
        _reference = knowledge.Articles.Count > 0 ? knowledge.Articles[0].Published : DateTime.Today;
        TimeExtractor.WarmUp();
        QuantityExtractor.WarmUp();
    }

    /// <summary>The resolved dates and the numbers of a question.</summary>
    public (IReadOnlyList<TimeExpression> Times, IReadOnlyList<Quantity> Numbers) Find(string question)
    {
        // Only dates with their year ("in 2014", "October 2016") constrain the answer: "on Friday" or "in March"
        // mean a different day in each article, so those words stay ordinary terms of the question.
        var times = TimeExtractor.Extract(question, _reference)
            .Where(t => t.ResolvedStart is not null && t.Timex.Length >= 4 && t.Timex[..4].All(char.IsDigit) && t.Text.Any(char.IsDigit))
            .ToList();
        var numbers = QuantityExtractor.Extract(question, times);
        return (times, numbers);
    }
}
