using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Subject–verb–object facts, one per clause (clauses split at ";" and ", but"), after a leading adverbial
/// ("In 2014, …"). Reporting verbs are left to statements and quoted text is skipped. Time is the clause's dated
/// expression; place the first place named in the object or the subject ("the battle for Mosul").
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
        foreach (var (from, to) in Clauses(tokens, quotes))
        {
            var start = AfterLeadingAdverbial(tokens, from, to);
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
            var subjectEnd = SubjectEnd(tokens, start, verb.First);
            if (subjectEnd - start > MaxSubjectWords || DanglingSubjectEnds.Contains(tokens[subjectEnd - 1].Lower)) continue;
            var objectEnd = ObjectEnd(tokens, verb.Last + 1, to);
            if (Build(sentence, start, subjectEnd, verb, objectEnd, from) is { } fact) yield return fact;
        }
    }

    private static VerbGroup? FindVerb(SentenceContext sentence, int start, int to) =>
        start >= to ? null : VerbGroupFinder.Find(sentence.Tokens, start, to, i => i >= 0 && sentence.Mentions.Any(m => m.Start + m.Surface.Length == sentence.Tokens[i].End));

    /// <summary>The subject stops at its first comma ("The coalition, which brings …, has escorted").</summary>
    private static int SubjectEnd(IReadOnlyList<Token> tokens, int start, int verb)
    {
        for (var i = start + 1; i < verb; i++)
        {
            if (tokens[i].Text == ",") return i;
        }

        return verb;
    }

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
        var subject = sentence.Mentions.Where(m => m.Start >= subjectSpan.Item1 && m.Start < subjectSpan.Item2 && !IsPossessive(m))
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

    private static bool IsPossessive(Mention m) => m.Surface.EndsWith("'s") || m.Surface.EndsWith("\u2019s") || m.Surface.EndsWith('\'') || m.Surface.EndsWith('\u2019');

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:in|on|at|since|during|by|until|from)$")]
    private static partial System.Text.RegularExpressions.Regex TrailingPreposition();

    private IEnumerable<Entity> MentionsIn(SentenceContext sentence, (int Start, int End) span) =>
        sentence.Mentions.Where(m => m.Start >= span.Start && m.Start < span.End).Select(m => _entity(m.EntityId)).OfType<Entity>();

    private static IEnumerable<(int From, int To)> Clauses(IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> quotes)
    {
        var from = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var boundary = i == tokens.Count || tokens[i].Text == ";" || (tokens[i].Text == "," && i + 1 < tokens.Count && tokens[i + 1].Lower is "but" or "while" or "whereas")
                || (i < tokens.Count && QuoteSpans.Inside(quotes, tokens[i].Start));
            if (!boundary) continue;
            if (i - from >= 3) yield return (from, i);
            from = i + 1;
            while (from < tokens.Count && (tokens[from].Lower is "but" or "while" or "whereas" || QuoteSpans.Inside(quotes, tokens[from].Start) || tokens[from].Text == "\"")) from++;
            i = Math.Max(i, from - 1);
        }
    }

    private static int AfterLeadingAdverbial(IReadOnlyList<Token> tokens, int from, int to)
    {
        var start = from;
        for (var next = SkipAdverbial(tokens, start, to); next != start; next = SkipAdverbial(tokens, start, to)) start = next;
        return start;
    }

    private static int SkipAdverbial(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < Math.Min(to, from + 8); i++)
        {
            if (tokens[i].Text != ",") continue;
            var opener = tokens[from].Lower;
            if (opener.EndsWith("ing") || opener.EndsWith("ly")) return i + 1;
            var adverbial = AdverbialOpeners.Contains(opener) || Lexicon.SentenceOpeners.Contains(opener);
            return adverbial && VerbGroupFinder.Find(tokens, from, i, _ => false) is null ? i + 1 : from;
        }

        return from;
    }

    private static readonly HashSet<string> AdverbialOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "by", "for", "during", "until", "since", "after", "before", "over", "under", "within", "among", "amid",
        "despite", "this", "last", "next", "earlier", "later", "however", "nevertheless", "meanwhile", "moreover", "still", "yet",
        "instead", "indeed", "according", "with", "without", "through", "across", "from", "once", "unlike", "like", "as", "while",
    };

    private static readonly HashSet<string> ClauseBreakers = new(StringComparer.OrdinalIgnoreCase)
        { "which", "who", "whom", "where", "while", "but", "likely", "according", "although", "though", "because", "as", "so", "they", "he", "she", "it", "we", "i", "you" };

    private static readonly HashSet<string> DanglingSubjectEnds = new(StringComparer.OrdinalIgnoreCase)
        { "what", "which", "that", "but", "and", "or", "than", "as", "if", "who", "whom", "where", "when" };

    /// <summary>The object runs to the sentence end or a comma that opens another clause (a relative, an -ing phrase, an attribution).</summary>
    private static int ObjectEnd(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Text is "." or ";" or "\"" or ":") return i;
            if (tokens[i].Text != "," || i + 1 >= to) continue;
            var next = tokens[i + 1];
            if (ClauseBreakers.Contains(next.Lower) || next.Lower.EndsWith("ing") || next.Text == "\"" || next.IsCapitalized || ReportingVerbs.LemmaOf(next.Lower) is not null) return i;
            if (Enumerable.Range(i + 1, Math.Min(6, to - i - 1)).Any(k => ReportingVerbs.LemmaOf(tokens[k].Lower) is not null)) return i;
        }

        return to;
    }
}
