using BriefingBot.Knowledge.Model;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Ranks the sentences that could answer a question: those BM25 finds for the question's terms and their synonyms,
/// those naming its entities and those at its dates, each scored by <see cref="SentenceScorer"/>.
/// </summary>
public sealed class SentenceRanker
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly SentenceIndex _index;
    private readonly SentenceScorer _scorer;
    private readonly AskedFacts _facts;

    /// <summary>Creates the ranker.</summary>
    public SentenceRanker(IBriefingKnowledge knowledge, Vocabulary vocabulary, SentenceIndex index, SentenceScorer scorer, AskedFacts facts)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        _index = index;
        _scorer = scorer;
        _facts = facts;
    }

    /// <summary>Sentences best first; <paramref name="contextEntityId"/> (the conversation's subject) adds a small bonus.</summary>
    public IReadOnlyList<RankedSentence> Rank(UnderstoodMessage message, int? contextEntityId)
    {
        var expanded = message.Terms.SelectMany(t => _vocabulary.Expand(t, message.WidensWords)).Distinct().ToList();
        // "What sentence could he get": the sentences saying "years in prison" are searched as if it had been asked.
        if (expanded.Any(PenaltyTerms.Terms.Contains)) expanded = expanded.Union(PenaltyTerms.Terms).ToList();
        // Every sentence sharing a word is scored: a cap on BM25 rank dropped the answering sentence as articles were added.
        var bm25 = expanded.Count == 0 ? Array.Empty<ScoredSentence>() : _knowledge.Search(expanded, int.MaxValue);
        var best = bm25.Count == 0 ? 1 : Math.Max(bm25[0].Score, 1e-9);
        var scores = bm25.ToDictionary(s => s.Sentence.Id, s => s.Score / best);
        var asked = AskedWords.Of(message, _vocabulary);
        foreach (var mention in asked.EntityIds.Append(contextEntityId ?? -1).Where(id => id >= 0).SelectMany(_knowledge.MentionsOf))
        {
            scores.TryAdd(mention.SentenceId, 0);
        }

        foreach (var sentence in _facts.SentencesAtAskedTimes(message)) scores.TryAdd(sentence, 0);
        foreach (var sentence in _index.PunishmentsFor(expanded)) scores.TryAdd(sentence, 0);

        return scores.Select(pair => _scorer.Score(pair.Key, pair.Value, message, asked, contextEntityId))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Sentence.Id).ToList();
    }

    /// <summary>
    /// True when the sentence has the question's main verb (or a synonym, or for a lawyer's verb a lawyer), or the question has none. A count may stand in the
    /// sentence after the one that tells the action ("the network was tested. … after more than 900 samples showed normal
    /// levels"): for "how many", an earlier sentence of the paragraph may hold the verb. Read from the question once, then
    /// tried on each sentence.
    /// </summary>
    public Func<RankedSentence, bool> HasVerb(UnderstoodMessage message)
    {
        if (message.MainVerb is null) return _ => true;
        var verbs = _vocabulary.ExpandVerb(message.MainVerb, message.WidensWords).ToList();
        // "Who is defending the welder": "a lawyer acting for the welder" tells what a lawyer does.
        if (RoleVerbs.IsLawyerVerb(message.MainVerb)) verbs.AddRange(RoleVerbs.LawyerStems);
        return ranked => verbs.Any(_index.TermsOf(ranked.Sentence.Id).Contains)
            || (message.Expected == AnswerKind.Number && EarlierInParagraph(ranked.Sentence).Any(earlier => verbs.Any(_index.TermsOf(earlier.Id).Contains)));
    }

    /// <summary>
    /// What a sentence must tell when the question asks what something cost (<see cref="AskedCost"/>) or counts a part of
    /// something (<see cref="CountedSubset"/>); read from the question once, then tried on each sentence.
    /// </summary>
    public Func<RankedSentence, bool> TellsAskedPart(UnderstoodMessage message)
    {
        var tests = new[] { AskedCost.Of(message, _vocabulary), CountedSubset.Of(message, _vocabulary) }.OfType<Func<IReadOnlySet<string>, bool>>().ToList();
        return ranked => tests.All(tells => tells(_index.TermsOf(ranked.Sentence.Id)));
    }

    private IEnumerable<Sentence> EarlierInParagraph(Sentence sentence) =>
        _knowledge.SentencesOf(sentence.ArticleId).Where(s => s.Paragraph == sentence.Paragraph && s.Index < sentence.Index);
}
