using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Ranks the sentences that could answer a question: BM25 over the question's terms and their synonyms,
/// plus how many of the question's terms and entities each sentence contains.
/// </summary>
public sealed class SentenceRanker
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<int, HashSet<string>> _terms;
    private readonly Dictionary<int, HashSet<int>> _present;
    private readonly Dictionary<int, HashSet<int>> _nearby;

    /// <summary>Creates the ranker; each sentence's terms and entities are indexed once (the knowledge never changes).</summary>
    public SentenceRanker(IBriefingKnowledge knowledge, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        var sentences = knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id)).ToList();
        _terms = sentences.ToDictionary(s => s.Id, s => s.Terms.ToHashSet());
        // A quoted sentence is about its speaker too, even when the speaker is named a paragraph before ("Roe said:").
        _present = sentences.ToDictionary(s => s.Id, s => knowledge.MentionsIn(s.Id).Select(m => m.EntityId)
            .Concat(knowledge.StatementsIn(s.Id).Select(x => x.SpeakerEntityId)).ToHashSet());
        _nearby = sentences.ToDictionary(s => s.Id, NearbyEntities);
    }

    /// <summary>Sentences best first; <paramref name="contextEntityId"/> (the conversation's subject) adds a small bonus.</summary>
    public IReadOnlyList<RankedSentence> Rank(UnderstoodMessage message, int? contextEntityId)
    {
        var wide = message.WantsTypedAnswer;
        var expanded = message.Terms.SelectMany(t => _vocabulary.Expand(t, wide)).Distinct().ToList();
        var bm25 = expanded.Count == 0 ? Array.Empty<ScoredSentence>() : _knowledge.Search(expanded, 50);
        var best = bm25.Count == 0 ? 1 : Math.Max(bm25[0].Score, 1e-9);
        var scores = bm25.ToDictionary(s => s.Sentence.Id, s => s.Score / best);
        var entityIds = message.AllEntityIds.ToList();
        foreach (var mention in entityIds.Append(contextEntityId ?? -1).Where(id => id >= 0).SelectMany(_knowledge.MentionsOf))
        {
            scores.TryAdd(mention.SentenceId, 0);
        }

        foreach (var sentence in SentencesAtAskedTimes(message)) scores.TryAdd(sentence, 0);

        var topical = message.Terms.Where(t => !_vocabulary.IsSoft(t)).ToList();
        var asked = new Asked(
            topical.Select(t => _vocabulary.Expand(t, false).ToArray()).ToArray(),
            topical.Select(t => _vocabulary.Expand(t, wide).ToArray()).ToArray(),
            message.Terms.Where(_vocabulary.IsSoft).Select(t => _vocabulary.Expand(t).ToArray()).ToArray(),
            DescribedNouns(message), entityIds);
        return scores.Select(pair => Score(pair.Key, pair.Value, message, asked, contextEntityId))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Sentence.Id).ToList();
    }

    /// <summary>
    /// What the question asks about, worked out once per question rather than once per sentence: each topical term's
    /// words without and with WordNet, each soft term's words, the described entities' nouns and the entities.
    /// </summary>
    private sealed record Asked(string[][] Own, string[][] Wide, string[][] Soft, Dictionary<int, string> Described, IReadOnlyList<int> EntityIds);

    private RankedSentence Score(int sentenceId, double bm25, UnderstoodMessage message, Asked asked, int? contextEntityId)
    {
        var (described, entityIds) = (asked.Described, asked.EntityIds);
        var sentence = _knowledge.Sentence(sentenceId);
        var present = _present[sentenceId];
        var nearby = _nearby[sentenceId];
        var terms = _terms[sentenceId];
        // A thing asked about by description ("the engineer") counts as one more topic word, met by the noun or a mention.
        var describedHits = described.Count(d => present.Contains(d.Key) || nearby.Contains(d.Key) || terms.Contains(d.Value));
        var ownCoverage = Coverage(asked.Own, terms, describedHits, described.Count);
        var wideCoverage = Coverage(asked.Wide, terms, describedHits, described.Count);
        // WordNet may add no more matched words than the question's own words (and hand-written synonyms) found, and
        // fewer when the question names nothing the sentence must hold: "launch" as "found" or "trial" as "run" do not
        // make a sentence about something else cover the question.
        var allowed = ownCoverage - (entityIds.Count == 0 ? 1e-9 : 0);
        var coverage = wideCoverage - ownCoverage <= allowed ? wideCoverage : ownCoverage;
        // A word met only through WordNet counts for coverage but half for rank: the article's own word ranks first.
        var rankCoverage = (coverage + ownCoverage) / 2;
        var softHits = asked.Soft.Count(words => AnyIn(words, terms));
        var entityShare = entityIds.Count == 0 ? 0 : entityIds.Sum(id => present.Contains(id) ? 1 : nearby.Contains(id) ? 0.5 : 0) / entityIds.Count;
        var context = contextEntityId is int c && (present.Contains(c) || nearby.Contains(c)) ? 0.5 : 0;
        var score = 2 * rankCoverage + 2 * entityShare + bm25 + context + 0.25 * softHits;
        var constraintsMet = entityIds.All(id => present.Contains(id) || nearby.Contains(id) || (described.TryGetValue(id, out var noun) && terms.Contains(noun)))
            && SpeaksOfAskedFacts(sentenceId, message);
        return new RankedSentence(sentence, score, coverage, constraintsMet);
    }

    /// <summary>Entities asked about by description ("the committee"), with the noun a sentence may name them by instead.</summary>
    private static Dictionary<int, string> DescribedNouns(UnderstoodMessage message) =>
        message.Entities.Where(DescribedEntityFinder.IsDescription)
            .Select(m => (m.Entity.Id, Noun: Knowledge.Text.TermAnalyzer.Terms(m.Surface).LastOrDefault()))
            .Where(p => p.Noun is not null).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Noun!);

    private static double Coverage(string[][] topical, HashSet<string> terms, int describedHits, int described) =>
        topical.Length + described == 0 ? 1 : (topical.Count(words => AnyIn(words, terms)) + describedHits) / (double)(topical.Length + described);

    private static bool AnyIn(string[] words, HashSet<string> terms)
    {
        foreach (var word in words)
        {
            if (terms.Contains(word)) return true;
        }

        return false;
    }

    private IEnumerable<int> SentencesAtAskedTimes(UnderstoodMessage message) =>
        message.Times.Count == 0 ? Enumerable.Empty<int>() :
            _knowledge.Articles.SelectMany(a => _knowledge.SentencesOf(a.Id))
                .Where(s => _knowledge.TimesIn(s.Id).Any(t => message.Times.Any(asked => Overlap(asked, t))))
                .Select(s => s.Id);

    /// <summary>True when the sentence has a time overlapping each date the question names, and each number it names.</summary>
    private bool SpeaksOfAskedFacts(int sentenceId, UnderstoodMessage message)
    {
        var times = _knowledge.TimesIn(sentenceId);
        var quantities = _knowledge.QuantitiesIn(sentenceId);
        return message.Times.All(asked => times.Any(t => Overlap(asked, t)))
            && message.Numbers.All(asked => quantities.Any(q => Math.Abs(q.Value - asked.Value) < 1e-9));
    }

    private static bool Overlap(Knowledge.Model.TimeExpression asked, Knowledge.Model.TimeExpression stated) =>
        stated.Timex != "PAST_REF" && stated.ResolvedStart is { } start && asked.ResolvedStart is { } askedStart
        && start < (asked.ResolvedEnd ?? askedStart.AddDays(1)) && askedStart < (stated.ResolvedEnd ?? start.AddDays(1));

    /// <summary>True when the sentence has the question's main verb (or a synonym), or the question has none.</summary>
    public bool HasVerb(RankedSentence ranked, UnderstoodMessage message) =>
        message.MainVerb is null || _vocabulary.Expand(message.MainVerb, message.WantsTypedAnswer).Any(_terms[ranked.Sentence.Id].Contains);

    /// <summary>
    /// People, groups and things named in the two sentences before, when this one opens with "he" or "it", says
    /// "the group", or goes on quoting the same speaker, and so may mean them. Places only in a continued quote.
    /// </summary>
    private HashSet<int> NearbyEntities(Knowledge.Model.Sentence sentence)
    {
        var all = _knowledge.SentencesOf(sentence.ArticleId); // in reading order: a sentence's Index is its position
        var previous = Enumerable.Range(Math.Max(0, sentence.Index - 2), Math.Min(2, sentence.Index)).Select(i => all[i]).ToList();
        var continued = ContinuesQuote(sentence, previous);
        if (!Anaphora.RefersBack(sentence.Text) && !continued) return new HashSet<int>();
        return previous
            .SelectMany(s => _knowledge.MentionsIn(s.Id)).Select(m => m.EntityId)
            .Where(id => continued || _knowledge.Entity(id).Kind != Knowledge.Model.EntityKind.Place)
            .ToHashSet();
    }

    /// <summary>True when the sentence goes on quoting someone quoted just before ("…,” he added).</summary>
    private bool ContinuesQuote(Knowledge.Model.Sentence sentence, IReadOnlyList<Knowledge.Model.Sentence> previous)
    {
        var speakers = _knowledge.StatementsIn(sentence.Id).Select(s => s.SpeakerEntityId).ToHashSet();
        return speakers.Count > 0 && previous.Any(p => _knowledge.StatementsIn(p.Id).Any(s => speakers.Contains(s.SpeakerEntityId)));
    }
}
