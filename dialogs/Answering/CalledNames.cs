using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "What was the channel called": a sentence that writes the channel gives its name next to the noun ("a chat channel
/// called Tarnlink", "the channel, Tarnlink,", "the Tarnlink channel"); a name elsewhere in it ("a man who called himself
/// Tarn") is not the channel's.
/// </summary>
public static class CalledNames
{
    /// <summary>True when the mention is written as the noun's name, right after it or right before it.</summary>
    public static bool Names(Sentence sentence, string noun, Mention mention)
    {
        var end = mention.Start + mention.Surface.Length;
        if (mention.Start < 0 || end > sentence.Text.Length) return false;
        var escaped = Regex.Escape(noun);
        return Regex.IsMatch(sentence.Text[..mention.Start], $@"\b{escaped}s?,?\s+(?:(?:called|named|known as|dubbed)\s+)?[""“']?$", RegexOptions.IgnoreCase)
            || Regex.IsMatch(sentence.Text[end..], $@"^[""”']?(?:\s+|,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}){escaped}\b", RegexOptions.IgnoreCase);
    }
}
