using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>
/// Takes the turn after a clarifying question: a button or typed text naming one of the choices gets that
/// choice's answer; anything else drops the question and is handled as a new message.
/// </summary>
public sealed class ClarifyDialog : IBriefingDialog
{
    /// <summary>The name stored while a clarification is pending.</summary>
    public const string DialogName = "clarify";

    private readonly CitationFactory _citations;
    private readonly ConversationFocus _focus;
    private readonly ChoiceDescriptions _descriptions;
    private readonly ComparedAges _ages;

    /// <summary>Creates the dialog.</summary>
    public ClarifyDialog(CitationFactory citations, ConversationFocus focus, ChoiceDescriptions descriptions, ComparedAges ages)
    {
        _ages = ages;
        _descriptions = descriptions;
        _citations = citations;
        _focus = focus;
    }

    /// <inheritdoc />
    public string Name => DialogName;

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) => memory.PendingChoices.Count > 0;

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory)
    {
        var choices = memory.PendingChoices;
        memory.PendingChoices = new List<PendingChoice>();
        var chosen = choices.FirstOrDefault(c => TextNormalizer.Normalize(c.Label) == message.Normalized)
            ?? choices.FirstOrDefault(c => Names(message.Normalized, c.Label, choices.Where(o => o != c).Select(o => o.Label)))
            ?? _descriptions.Pick(message.Normalized, choices)
            ?? _ages.Pick(message.Normalized, choices);
        if (chosen is null) return null;
        // A story chosen for an answer that names no one has no entity (0) to focus on.
        _focus.Remember(memory, Array.Empty<int>(), chosen.EntityId > 0 ? new[] { chosen.EntityId } : Array.Empty<int>(), chosen.SentenceId);
        return new BotReply(ReplyKind.Answer, chosen.Answer.TrimEnd('.') + ".") { Citations = new[] { _citations.Cite(chosen.SentenceId) } };
    }

    /// <summary>A short typed reply names the choice by one of its words that no other choice has ("the bridge one").</summary>
    private static bool Names(string normalized, string label, IEnumerable<string> others)
    {
        var shared = others.SelectMany(o => TextNormalizer.Normalize(o).Split(' ')).ToHashSet();
        var words = TextNormalizer.Normalize(label).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2 && !shared.Contains(w));
        var typed = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return words.Any(typed.Contains) && normalized.Split(' ').Length <= 6;
    }
}
