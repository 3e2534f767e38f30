using System.Globalization;
using System.Text;

namespace BriefingBot.Dialogs.Tests.QuestionSuite;

/// <summary>Results of a suite run with accuracy overall and per category (a case counts when all its turns pass).</summary>
public sealed class SuiteResult(IReadOnlyList<CaseResult> cases)
{
    /// <summary>Every case's result, in run order.</summary>
    public IReadOnlyList<CaseResult> Cases { get; } = cases;

    /// <summary>Share of conversations passed, 0..1.</summary>
    public double Accuracy => Ratio(Cases.Count(c => c.Passed), Cases.Count);

    /// <summary>Share of single turns passed, 0..1.</summary>
    public double TurnAccuracy => Ratio(Cases.Sum(c => c.Turns.Count(t => t.Verdict.Passed)), Cases.Sum(c => c.Turns.Count));

    /// <summary>Per category: (passed, total) conversations, ordered by category name.</summary>
    public IReadOnlyList<(string Category, int Passed, int Total)> ByCategory() =>
        Cases.GroupBy(c => c.Case.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
             .Select(g => (g.Key, g.Count(c => c.Passed), g.Count())).ToList();

    /// <summary>Every turn whose reply must be a refusal.</summary>
    public IReadOnlyList<TurnResult> RefuseTurns => Cases.SelectMany(c => c.Turns).Where(t => t.Turn.Refuse).ToList();

    /// <summary>Refuse turns the bot answered instead of refusing (fabricated answers).</summary>
    public IEnumerable<TurnResult> AnsweredRefusals() => RefuseTurns.Where(t => !t.Verdict.Passed);

    /// <summary>The failed conversations.</summary>
    public IEnumerable<CaseResult> Failures => Cases.Where(c => !c.Passed);

    /// <summary>A plain-text table: overall, per-turn and per-category accuracy.</summary>
    public string FormatTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine(Line("overall (conversations)", Cases.Count(c => c.Passed), Cases.Count));
        sb.AppendLine(Line("turns", Cases.Sum(c => c.Turns.Count(t => t.Verdict.Passed)), Cases.Sum(c => c.Turns.Count)));
        foreach (var (category, passed, total) in ByCategory()) sb.AppendLine(Line("  " + category, passed, total));
        return sb.ToString();
    }

    /// <summary>One line per failed turn: case id, question, reason and the start of the reply.</summary>
    public string FormatFailures(int replyChars = 120) => string.Join(Environment.NewLine,
        Failures.SelectMany(c => c.Turns.Where(t => !t.Verdict.Passed).Select(t =>
            $"{c.Case.Id} \"{t.Turn.Say}\": {t.Verdict.Reason} — {Clip(t.Reply, replyChars)}")));

    private static string Line(string label, int passed, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{label,-26} {passed,4}/{total,-4} {100 * Ratio(passed, total),6:0.0}%");

    private static double Ratio(int passed, int total) => total == 0 ? 0 : (double)passed / total;

    private static string Clip(string s, int n) => s.Length <= n ? s : s[..n] + "…";
}
