using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Subject–verb–object facts, one per clause (clauses split at ";" and ", but"), after a leading adverbial
/// ("In 2014, …"). Reporting verbs are left to statements and quoted text is skipped. Time is the clause's dated
/// expression; place the first place named in the object or the subject ("the siege of Lima").
/// </summary>
public sealed partial class FactExtractor
{
    private const int MaxSubjectWords = 12;
    private readonly Func<int, Entity?> _entity;

    /// <summary>Creates the extractor; <paramref name="entity"/> looks entities up by id.</summary>
    public FactExtractor(Func<int, Entity?> entity) => _entity = entity;

    /// <summary>Facts of one sentence (ids left 0).</summary>
    public IEnumerable<Fact> Extract(SentenceContext sentence)
    {
        if (sentence.IsHeadline || sentence.Text.TrimStart().StartsWith('"')) yield break;
        var tokens = sentence.Tokens;
        var quotes = QuoteSpans.Find(sentence.Text);
        foreach (var (from, to) in ClauseParts.Clauses(tokens, quotes))
        {
            var start = ClauseParts.AfterLeadingAdverbial(tokens, from, to);
            var verb = FindVerb(sentence, start, to);
            while (verb is not null && ReportingVerbs.LemmaOf(verb.Lemma.Split(' ')[0]) is not null && verb.Last + 1 < to && tokens[verb.Last + 1].Text != ":"
                   && !VerbGroupFinder.IsPassive(tokens, verb))
            {
                var that = Enumerable.Range(verb.Last + 1, Math.Min(5, to - verb.Last - 1)).FirstOrDefault(k => tokens[k].Lower == "that", -1);
                start = that > 0 ? that + 1 : verb.Last + 1;
                verb = FindVerb(sentence, start, to);
            }

            while (start < to && tokens[start].Lower is "and" or "because" or "as" or "so" or "if" or "when" or "although") start++;
            if (verb is null || verb.First <= start || ReportingVerbs.LemmaOf(verb.Lemma.Split(' ')[0]) is not null) continue;
            var subjectEnd = ClauseParts.SubjectEnd(tokens, start, verb.First);
            if (subjectEnd - start > MaxSubjectWords || ClauseParts.DanglingSubjectEnds.Contains(tokens[subjectEnd - 1].Lower)) continue;
            var objectEnd = ClauseParts.ObjectEnd(tokens, verb.Last + 1, to);
            if (Build(sentence, start, subjectEnd, verb, objectEnd, from) is { } fact) yield return fact;
        }
    }

    private static VerbGroup? FindVerb(SentenceContext sentence, int start, int to) =>
        start >= to ? null : VerbGroupFinder.Find(sentence.Tokens, start, to, i => i >= 0 && sentence.Mentions.Any(m => m.Start + m.Surface.Length == sentence.Tokens[i].End && !IsPossessive(m)));

    private Fact? Build(SentenceContext sentence, int start, int subjectEnd, VerbGroup verb, int objectEnd, int clauseStart)
    {
        var tokens = sentence.Tokens;
        var text = sentence.Sentence.Text;
        var subjectSpan = (tokens[start].Start, tokens[subjectEnd - 1].End);
        var objectSpan = verb.Last + 1 < objectEnd ? (tokens[verb.Last + 1].Start, tokens[objectEnd - 1].End) : (tokens[verb.Last].End, tokens[verb.Last].End);
        var time = sentence.Times.FirstOrDefault(t => t.Type != "duration" && t.ResolvedStart is not null && t.Start >= tokens[clauseStart].Start && t.Start < objectSpan.Item2);
        var objectText = text[objectSpan.Item1..objectSpan.Item2].Trim();
        if (time is not null && objectText.EndsWith(time.Text)) objectText = TrailingPreposition().Replace(objectText[..^time.Text.Length].Trim().TrimEnd(','), "");
        var inSubject = MentionsIn(sentence, subjectSpan).ToList();
        var inObject = MentionsIn(sentence, objectSpan).ToList();
        var subject = sentence.Mentions.Where(m => m.Start >= subjectSpan.Item1 && m.Start < subjectSpan.Item2 && NominalMentions.IsNominal(tokens, m))
            .Select(m => _entity(m.EntityId)).OfType<Entity>().FirstOrDefault(e => e.Kind != EntityKind.Place);
        return new Fact
        {
            SentenceId = sentence.Sentence.Id,
            Subject = text[subjectSpan.Item1..subjectSpan.Item2].Trim(),
            SubjectEntityId = subject?.Id,
            Verb = verb.Lemma,
            Object = objectText.TrimEnd('.'),
            ObjectEntityIds = inObject.Select(e => e.Id).Distinct().ToList(),
            TimeId = time?.Id,
            PlaceEntityId = inObject.Concat(inSubject).FirstOrDefault(e => e.Kind == EntityKind.Place)?.Id,
        };
    }

    private static bool IsPossessive(Mention m) =>
        m.Surface.EndsWith("'s") || m.Surface.EndsWith("\u2019s") || m.Surface.EndsWith('\'') || m.Surface.EndsWith('\u2019')
        || (m.IsResolvedReference && m.Surface.ToLowerInvariant() is "its" or "their" or "his" or "her");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:in|on|at|since|during|by|until|from)$")]
    private static partial System.Text.RegularExpressions.Regex TrailingPreposition();

    private IEnumerable<Entity> MentionsIn(SentenceContext sentence, (int Start, int End) span) =>
        sentence.Mentions.Where(m => m.Start >= span.Start && m.Start < span.End).Select(m => _entity(m.EntityId)).OfType<Entity>();

}
