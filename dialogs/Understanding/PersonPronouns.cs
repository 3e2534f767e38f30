using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// How the articles refer to a person: "she" when the pronouns resolved to them outside quotes are only she/her, "he"
/// when only he/him/his. A quote's "he" is mostly someone the speaker talks about, not the speaker.
/// </summary>
public static class PersonPronouns
{
    private static readonly HashSet<string> She = new(StringComparer.OrdinalIgnoreCase) { "she", "her", "hers", "herself" };
    private static readonly HashSet<string> He = new(StringComparer.OrdinalIgnoreCase) { "he", "him", "his", "himself" };

    /// <summary>"she", "he", or null when the articles call the person neither or both.</summary>
    public static string? Of(IBriefingKnowledge knowledge, int personId)
    {
        var pronouns = knowledge.MentionsOf(personId).Where(m => m.IsResolvedReference && !IsQuoted(knowledge, m)).Select(m => m.Surface).ToList();
        var she = pronouns.Any(She.Contains);
        var he = pronouns.Any(He.Contains);
        return she == he ? null : she ? "she" : "he";
    }

    private static bool IsQuoted(IBriefingKnowledge knowledge, Mention mention) =>
        QuoteSpans.Inside(QuoteSpans.Find(Knowledge.Text.TextNormalizer.Straighten(knowledge.Sentence(mention.SentenceId).Text)), mention.Start);
}
