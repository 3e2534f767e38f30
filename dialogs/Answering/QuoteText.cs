using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>The reply for a statement: "Jane Roe said: “…”", the quote cut to a readable length, or the speaker alone.</summary>
public sealed class QuoteText
{
    private const int MaxQuote = 320;
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly StatementWords _words;

    /// <summary>Creates the formatter.</summary>
    public QuoteText(IBriefingKnowledge knowledge, EntityDescriber describer, StatementWords words)
    {
        _knowledge = knowledge;
        _describer = describer;
        _words = words;
    }

    /// <summary>
    /// The speaker with their role when <paramref name="speakerAsAnswer"/>, else what they said ("told" reads "said": the
    /// reply leaves out whom they told); a long statement is quoted by its cited sentence.
    /// </summary>
    public string Of(Statement statement, Entity speaker, int sentenceId, bool speakerAsAnswer)
    {
        var quote = statement.Content.Length <= MaxQuote ? statement.Content : _knowledge.Sentence(sentenceId).Text;
        if (speakerAsAnswer) return _describer.NameWithRole(speaker);
        var said = $"{speaker.Name} {ReportingVerbs.PastTense(statement.Verb is "tell" ? "say" : statement.Verb)}: \u201C{Shorten(quote)}\u201D";
        if (OwnWordsBefore(statement) is { } earlier && said.Length + earlier.Content.Length <= MaxQuote * 2)
            return $"{speaker.Name} said: \u201C{Shorten(earlier.Content)}\u201D, and: \u201C{Shorten(quote)}\u201D";
        return Continuation(statement) is { } next && said.Length + next.Content.Length <= MaxQuote * (OwnWordsAfterReport(statement, next) ? 2 : 1)
            ? $"{said}, and: \u201C{Shorten(next.Content)}\u201D" : said;
    }

    /// <summary>
    /// The same speaker's next statement when it goes on about what this one said ("the risk had grown." — "It grows
    /// online," she said), or gives in their own words what they were reported saying (she said the risk had grown. —
    /// "A cheap drone can shut an airport," she said): on its own the first leaves out what the second adds.
    /// </summary>
    private Statement? Continuation(Statement statement)
    {
        var last = _knowledge.Sentence(statement.SentenceIds.Max());
        var sentences = _knowledge.SentencesOf(last.ArticleId);
        if (last.Index + 1 >= sentences.Count) return null;
        var next = _knowledge.StatementsIn(sentences[last.Index + 1].Id).FirstOrDefault(s => s.SpeakerEntityId == statement.SpeakerEntityId && s.Id != statement.Id);
        var opening = next?.Content.TrimStart('\u201C', '"', ' ').Split(' ')[0];
        return opening is "It" or "They" or "This" or "That" or "These" or "Those" || next is not null && OwnWordsAfterReport(statement, next) ? next : null;
    }

    /// <summary>
    /// The speaker's own quoted words in the sentence before a report of what they said that goes on from them with "he"
    /// or "she" ("“It was a betrayal,” the prosecutor said. She said he had met his handlers six times."): the report
    /// alone leaves out the words it follows.
    /// </summary>
    private Statement? OwnWordsBefore(Statement statement)
    {
        var first = _knowledge.Sentence(statement.SentenceIds.Min());
        if (_words.IsOwnWords(statement.Id) || first.Index == 0 || first.Text.TrimStart().Split(' ')[0] is not ("He" or "She")) return null;
        var previous = _knowledge.SentencesOf(first.ArticleId)[first.Index - 1];
        return _knowledge.StatementsIn(previous.Id).FirstOrDefault(s => s.SpeakerEntityId == statement.SpeakerEntityId && s.Id != statement.Id && _words.IsOwnWords(s.Id));
    }

    /// <summary>A report of what someone said followed by their own quoted words: the quote may run longer.</summary>
    private bool OwnWordsAfterReport(Statement statement, Statement next) => !_words.IsOwnWords(statement.Id) && _words.IsOwnWords(next.Id);

    private static string Shorten(string content)
    {
        var text = content.Trim().Trim('\u201C', '\u201D', '"').Trim();
        if (text.Length <= MaxQuote) return text;
        var cut = text.LastIndexOf(". ", MaxQuote, StringComparison.Ordinal);
        return (cut > 80 ? text[..(cut + 1)] : text[..MaxQuote].TrimEnd()) + " \u2026";
    }
}
