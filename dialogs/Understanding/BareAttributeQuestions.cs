using System.Text.RegularExpressions;
using BriefingBot.Dialogs.State;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// "Nationality?" or "and his age?" after an answer about a person asks that attribute of the person in focus: it is
/// asked as "what is his nationality" or "how old is he", whose "he" then means that person.
/// </summary>
public static partial class BareAttributeQuestions
{
    /// <summary>The question the bare attribute stands for, or null when the message is no such word or no person is in focus.</summary>
    public static string? Rewrite(string normalized, ConversationMemory memory)
    {
        if (memory.FocusPersonId is null || BareAttribute().Match(normalized) is not { Success: true } match) return null;
        var attribute = match.Groups["attribute"].Value;
        return attribute == "age" ? "how old is he" : $"what is his {attribute}";
    }

    [GeneratedRegex(@"^(and |what about |how about )?(his |her |the )?(?<attribute>nationality|citizenship|age|job|occupation|profession|hometown)$")]
    private static partial Regex BareAttribute();
}
