using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "48 people were checked. Nine were kept in hospital.": a number that opens a sentence as its subject, with no noun of
/// its own, counts what the sentence before counted — nine people. So does a number after "and" that only a place
/// follows ("21 were held in Tarvo and nine in Vella"). The store keeps no such bare number, so it is read here.
/// </summary>
public sealed partial class ElidedCounts
{
    // One number model for every question: the static RecognizeNumber builds a new recognizer on each call.
    private static readonly Lazy<IModel> Numbers = new(() => new NumberRecognizer(Culture.English).GetNumberModel());
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the check.</summary>
    public ElidedCounts(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The bare number opening the sentence when the sentence before counts one of <paramref name="nouns"/>, or null.</summary>
    public Quantity? Find(Sentence sentence, IReadOnlyCollection<string> nouns)
    {
        var match = BareSubject().Match(sentence.Text);
        if (!match.Success || Value(match.Groups["number"].Value) is not { } value) return null;
        var previous = sentence.Index > 0 ? _knowledge.SentencesOf(sentence.ArticleId)[sentence.Index - 1] : null;
        var counts = previous is not null && _knowledge.QuantitiesIn(previous.Id)
            .Any(q => QuantityContext.Counted(q, QuantityContext.Following(previous.Text, q)).Overlaps(nouns));
        return counts ? new Quantity { Text = match.Groups["number"].Value, Start = match.Groups["number"].Index, Value = value, Kind = "number" } : null;
    }

    /// <summary>
    /// "Twenty-one were detained in Tarvo and nine in Vella": asked of Vella, the bare number just before "in Vella", or
    /// null when no bare number stands just before one of <paramref name="places"/>.
    /// </summary>
    public static Quantity? InPlace(Sentence sentence, IEnumerable<Entity> places)
    {
        foreach (var name in places.SelectMany(p => p.Aliases.Append(p.Name)).Where(n => n.Length > 0))
        {
            var match = Regex.Match(sentence.Text, $@"\band (?<number>\d[\d,]*|[a-z]+(-[a-z]+)?) (in|at) {Regex.Escape(name)}\b");
            if (match.Success && Value(match.Groups["number"].Value) is { } value)
                return new Quantity { Text = match.Groups["number"].Value, Start = match.Groups["number"].Index, Value = value, Kind = "number" };
        }

        return null;
    }

    private static double? Value(string word) =>
        Numbers.Value.Parse(word).FirstOrDefault(r => r.Text.Length == word.Length)?.Resolution?["value"]?.ToString() is { } raw
        && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 1 ? v : null;

    [GeneratedRegex(@"^[""\u201C]?(?<number>\d[\d,]*|[A-Z][a-z]+(-[a-z]+)?) (were|was|are|have|had|remain|remained|will|would|could|may|might)\b")]
    private static partial Regex BareSubject();
}
