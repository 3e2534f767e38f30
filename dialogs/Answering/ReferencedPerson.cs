using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>A follow-up that names no one and speaks of the person in focus only as "he" or "she".</summary>
public static class ReferencedPerson
{
    /// <summary>True when the message names no entity and refers to a person by pronoun.</summary>
    public static bool In(UnderstoodMessage message) =>
        message.Entities.Count == 0 && message.ReferencedEntityIds.Count > 0 && ReferenceResolver.MentionsPerson(message.Normalized);
}
