using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Where did the vans go after leaving Ostby docks" is not answered by "Ostby": a place the question itself names is
/// what the asker already knows, never the place asked for.
/// </summary>
public static class EchoedPlaces
{
    /// <summary>The candidates without the places whose whole wording the where-question already holds.</summary>
    public static List<AnswerCandidate> Without(List<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (message.Expected != AnswerKind.Place) return candidates;
        var asked = $" {message.Normalized} ";
        return candidates.Where(c => TextNormalizer.Normalize(c.Text) is not { Length: > 0 } place || !asked.Contains($" {place} ")).ToList();
    }
}
