using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>The reply for a statement: "Jane Roe said: “…”", the quote cut to a readable length, or the speaker alone.</summary>
public sealed class QuoteText
{
    private const int MaxQuote = 320;
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;

    /// <summary>Creates the formatter.</summary>
    public QuoteText(IBriefingKnowledge knowledge, EntityDescriber describer)
    {
        _knowledge = knowledge;
        _describer = describer;
    }

    /// <summary>The speaker with their role when <paramref name="speakerAsAnswer"/>, else what they said; a long statement is quoted by its cited sentence.</summary>
    public string Of(Statement statement, Entity speaker, int sentenceId, bool speakerAsAnswer)
    {
        var quote = statement.Content.Length <= MaxQuote ? statement.Content : _knowledge.Sentence(sentenceId).Text;
        return speakerAsAnswer ? _describer.NameWithRole(speaker) : $"{speaker.Name} {ReportingVerbs.PastTense(statement.Verb)}: \u201C{Shorten(quote)}\u201D";
    }

    private static string Shorten(string content)
    {
        var text = content.Trim().Trim('\u201C', '\u201D', '"').Trim();
        if (text.Length <= MaxQuote) return text;
        var cut = text.LastIndexOf(". ", MaxQuote, StringComparison.Ordinal);
        return (cut > 80 ? text[..(cut + 1)] : text[..MaxQuote].TrimEnd()) + " \u2026";
    }
}
