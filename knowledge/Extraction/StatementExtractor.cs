using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Who said what: a reporting verb outside quotes, its speaker (<see cref="SpeakerFinder"/>) and its content — the
/// quote after or before it, a "that" clause, the next paragraph after "said:", the clause before ", said X", or
/// the rest of the sentence. A quote-only sentence right after a quoted statement continues it, and "he"/"she"
/// as a speaker is the previous speaker when there is one within two paragraphs.
/// </summary>
public sealed class StatementExtractor
{
    private readonly Func<int, Entity?> _entity;
    private (int EntityId, int Paragraph)? _lastSpeaker;

    /// <summary>Creates the extractor; <paramref name="entity"/> looks entities up by id.</summary>
    public StatementExtractor(Func<int, Entity?> entity) => _entity = entity;

    /// <summary>Statements of an article's sentences (ids left 0).</summary>
    public IReadOnlyList<Statement> Extract(IReadOnlyList<SentenceContext> sentences)
    {
        var statements = new List<Statement>();
        Statement? lastQuoted = null;
        _lastSpeaker = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var found = ExtractSentence(sentences, i);
            if (found.Count == 0 && lastQuoted is not null && IsQuoteContinuation(sentences, i, lastQuoted))
            {
                lastQuoted.Content = EndSentence(lastQuoted.Content) + " " + QuoteSpans.Find(sentences[i].Text).Select(q => sentences[i].Sentence.Text[q.Start..q.End].Trim()).First();
                lastQuoted.SentenceIds.Add(sentences[i].Sentence.Id);
                continue;
            }

            statements.AddRange(found);
            lastQuoted = found.LastOrDefault(s => s.Content.Length > 0 && QuoteSpans.Find(sentences[i].Text).Count > 0) ?? (found.Count > 0 ? null : lastQuoted);
        }

        return statements;
    }

    private List<Statement> ExtractSentence(IReadOnlyList<SentenceContext> sentences, int index)
    {
        var sentence = sentences[index];
        var quotes = QuoteSpans.Find(sentence.Text);
        var result = new List<Statement>();
        var pendingParticiple = new List<(int Verb, string Lemma)>();
        foreach (var token in sentence.Tokens)
        {
            if (!token.IsWord || QuoteSpans.Inside(quotes, token.Start) || ReportingVerbs.LemmaOf(token.Lower) is not { } lemma) continue;
            if (token.Index == 0 && token.Lower.EndsWith("ing")) { pendingParticiple.Add((token.Index, lemma)); continue; }
            var (speakers, inverted) = SpeakerFinder.Find(sentence, token.Index, _entity);
            if (speakers.Count == 0) continue;
            foreach (var speaker in speakers) ResolvePronoun(speaker, sentence.Sentence.Paragraph);
            var (content, extra) = ContentFinder.Find(sentences, index, token.Index, inverted, quotes, speakers[^1]);
            if (result.Any(r => r.Content == content)) continue; // a trailing "…," reports X" only names the source of a quote already attributed
            if (content.Length == 0 || (ReportingVerbs.Weak.Contains(lemma) && quotes.Count == 0 && extra.Count == 0 && !FollowsThat(sentence, token.Index))) continue;
            foreach (var speaker in speakers) result.Add(Create(sentence, speaker.EntityId, lemma, content, extra, quotes));
            if (_entity(speakers[^1].EntityId)?.Kind == EntityKind.Person) _lastSpeaker = (speakers[^1].EntityId, sentence.Sentence.Paragraph);
        }

        foreach (var (verb, lemma) in pendingParticiple)
        {
            var main = result.FirstOrDefault();
            if (main is null) continue;
            var comma = sentence.Tokens.FirstOrDefault(t => t.Text == "," && t.Index > verb);
            if (comma is null) continue;
            var content = sentence.Sentence.Text[sentence.Tokens[verb + 1].Start..comma.Start].Trim();
            result.Insert(0, Create(sentence, main.SpeakerEntityId, lemma, content, Array.Empty<int>(), quotes));
        }

        return result;
    }

    private static string EndSentence(string text) => text.Length > 0 && char.IsLetterOrDigit(text[^1]) ? text + "." : text;

    /// <summary>A pronoun speaker in a speech context is the last speaker, when one spoke in the last two paragraphs.</summary>
    private void ResolvePronoun(Mention speaker, int paragraph)
    {
        if (!speaker.IsResolvedReference || speaker.Surface.ToLowerInvariant() is not ("he" or "she")) return;
        if (_lastSpeaker is { } last && paragraph - last.Paragraph <= 2) speaker.EntityId = last.EntityId;
    }

    private static bool FollowsThat(SentenceContext sentence, int verb) => verb + 1 < sentence.Tokens.Count && sentence.Tokens[verb + 1].Lower == "that";

    private static bool IsQuoteContinuation(IReadOnlyList<SentenceContext> sentences, int i, Statement last) =>
        i > 0 && sentences[i].Sentence.Paragraph == sentences[i - 1].Sentence.Paragraph
        && last.SentenceIds.Contains(sentences[i - 1].Sentence.Id) && sentences[i].Text.TrimStart().StartsWith('"');

    private static Statement Create(SentenceContext sentence, int speaker, string lemma, string content, IReadOnlyList<int> extra, IReadOnlyList<(int Start, int End)> quotes) => new()
    {
        SpeakerEntityId = speaker,
        Verb = lemma,
        Content = content,
        SentenceIds = extra.Prepend(sentence.Sentence.Id).Distinct().ToList(),
        TimeId = sentence.Times.FirstOrDefault(t => !QuoteSpans.Inside(quotes, t.Start) && t.ResolvedStart is not null && t.Type != "duration" && !content.Contains(t.Text))?.Id,
    };
}
