using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Store;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// The extraction pipeline: sentences and terms, times, entities (discover, merge), mentions, statements, quantities
/// and facts, with global ids. Pure: articles in, a <see cref="KnowledgeSet"/> out.
/// </summary>
public static class KnowledgeBuilder
{
    /// <summary>Loads the Recognizers models so that building (or the first question) does not pay their cold start.</summary>
    public static void WarmUp()
    {
        TimeExtractor.WarmUp();
        QuantityExtractor.WarmUp();
        _ = Gazetteer.Default;
        _ = TermAnalyzer.Terms("warm up the stemmer");
    }

    /// <summary>
    /// Extracts everything from the articles. The per-sentence steps (sentences and terms, times, quantities: most of
    /// the time) run on up to <paramref name="parallelism"/> threads (default: one per core); results keep article and
    /// sentence order, so ids and the store are the same whatever the parallelism.
    /// </summary>
    public static KnowledgeSet Build(IReadOnlyList<Article> articles, int parallelism = 0)
    {
        var threads = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        var contexts = InOrder(articles, a => (Article: a, Sentences: Sentences(a)), threads);
        AssignIds(contexts.SelectMany(c => c.Sentences).Select(s => s.Sentence), (s, id) => s.Id = id);
        var times = InOrder(contexts.SelectMany(c => c.Sentences).ToList(), s => AddTimes(s).ToList(), threads).SelectMany(t => t).ToList();
        AssignIds(times, (t, id) => t.Id = id);

        var registry = new EntityRegistry(contexts.SelectMany(c => c.Sentences).SelectMany(s => s.Tokens).Where(t => t.IsWord && !t.IsCapitalized).Select(t => t.Core.ToLowerInvariant()).ToHashSet());
        registry.AddAll(contexts.SelectMany(c => c.Sentences.SelectMany((s, i) => EntityDiscoverer.Discover(s, i > 0 ? c.Sentences[i - 1] : null))));
        var entities = registry.Build(1);
        var byId = entities.ToDictionary(e => e.Id);
        var linker = new MentionLinker(new AliasIndex(entities), entities);
        contexts.ForEach(c => linker.Link(c.Sentences));
        var mentions = contexts.SelectMany(c => c.Sentences).SelectMany(s => s.Mentions).ToList();
        AssignIds(mentions, (m, id) => m.Id = id);
        var used = mentions.Select(m => m.EntityId).ToHashSet();
        // An entity no mention links (a "The" chunk after a dateline dash) is not stored, so nothing may be related to it.
        foreach (var e in entities) e.RelatedEntityIds.RemoveAll(id => !byId.ContainsKey(id) || !used.Contains(id));

        var statementExtractor = new StatementExtractor(id => byId.GetValueOrDefault(id));
        var statements = contexts.SelectMany(c => statementExtractor.Extract(c.Sentences)).ToList();
        AssignIds(statements, (s, id) => s.Id = id);
        var quantities = InOrder(contexts.SelectMany(c => c.Sentences).ToList(), s => Quantities(s).ToList(), threads).SelectMany(q => q).ToList();
        AssignIds(quantities, (q, id) => q.Id = id);
        var factExtractor = new FactExtractor(id => byId.GetValueOrDefault(id));
        var facts = contexts.SelectMany(c => c.Sentences).SelectMany(factExtractor.Extract).ToList();
        AssignIds(facts, (f, id) => f.Id = id);

        return new KnowledgeSet(articles.ToList(), contexts.SelectMany(c => c.Sentences).Select(s => s.Sentence).ToList(),
            entities.Where(e => used.Contains(e.Id)).ToList(), mentions, statements, times, quantities, facts);
    }

    private static List<SentenceContext> Sentences(Article article)
    {
        var spans = SentenceSplitter.Split(article.Text);
        return spans.Select((span, index) =>
        {
            var text = article.Text.Substring(span.Start, span.Length);
            var sentence = new Sentence
            {
                ArticleId = article.Id, Paragraph = span.Paragraph, Index = index, Start = span.Start, Length = span.Length,
                Text = text, Terms = TermAnalyzer.Terms(text).ToList(),
            };
            var headline = span.Paragraph == 0 && string.Equals(text.Trim(), article.Title.Trim(), StringComparison.OrdinalIgnoreCase);
            return new SentenceContext(sentence, article, headline);
        }).ToList();
    }

    private static IEnumerable<TimeExpression> AddTimes(SentenceContext sentence)
    {
        if (sentence.IsHeadline) return Array.Empty<TimeExpression>();
        sentence.Times.AddRange(TimeExtractor.Extract(sentence.Text, sentence.Article.Published));
        foreach (var t in sentence.Times) { t.SentenceId = sentence.Sentence.Id; t.Text = sentence.Sentence.Text.Substring(t.Start, t.Text.Length); }
        return sentence.Times;
    }

    private static IEnumerable<Quantity> Quantities(SentenceContext sentence)
    {
        var found = QuantityExtractor.Extract(sentence.Text, sentence.Times);
        foreach (var q in found) { q.SentenceId = sentence.Sentence.Id; q.Text = sentence.Sentence.Text.Substring(q.Start, q.Text.Length); }
        return found;
    }

    // Each item is independent of the others (one article, or one sentence with only its own fields written).
    private static List<TOut> InOrder<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> extract, int threads) =>
        items.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(extract).ToList();

    private static void AssignIds<T>(IEnumerable<T> items, Action<T, int> set)
    {
        var id = 1;
        foreach (var item in items) set(item, id++);
    }
}
