using BriefingBot.Dialogs.State;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Reads a question: the kind of answer it wants, the entities it names, describes or refers to, its content terms
/// (misspellings put right, informal words and verb-particle nouns read as ordinary words, country names as the articles' demonyms, phrasal verbs the articles never use as one term) and which of them no article uses.
/// </summary>
public sealed class QuestionAnalyzer
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly TypoCorrector _typos;
    private readonly QuestionFacts _facts;
    private readonly WordSpeller _speller;
    private readonly DescribedEntityFinder _described;
    private readonly PhrasalVerbs _phrasal;
    private readonly MultiWordVerbs _multiWord;
    private readonly CommonWordNames _commonWords;
    private readonly ParticleCompounds _compounds;
    private readonly CountryNames _countries;

    /// <summary>Creates the analyzer over the loaded knowledge.</summary>
    public QuestionAnalyzer(IBriefingKnowledge knowledge, Vocabulary vocabulary, QuestionFacts facts, WordSpeller speller, DescribedEntityFinder described, PhrasalVerbs phrasal, MultiWordVerbs multiWord, CommonWordNames commonWords, ParticleCompounds compounds, EnglishWords englishWords, CountryNames countries)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        _facts = facts;
        _speller = speller;
        _described = described;
        _phrasal = phrasal;
        _multiWord = multiWord;
        _typos = new TypoCorrector(knowledge, englishWords);
        _commonWords = commonWords;
        _compounds = compounds;
        _countries = countries;
    }

    /// <summary>Analyses a question: expected answer, entities, terms and the words the articles never use.</summary>
    public UnderstoodMessage Analyze(string text, string normalized, ConversationMemory memory)
    {
        normalized = WithAskedVerbRespelt(_multiWord.Plain(normalized));
        var (kind, headNoun) = AnswerKindClassifier.Classify(normalized);
        var found = SharedNameWords.Reassigned(_knowledge.FindEntities(_commonWords.WithTitledAbbreviations(text)), text, _knowledge);
        var entities = _described.Complete(text, TitlesBeforeNames.Without(_commonWords.Without(OrdinaryWordMatches.Without(found, headNoun), text), text), memory).ToList();
        var (times, numbers) = _facts.Find(text);
        var spans = times.Select(t => (t.Start, t.Text.Length)).Concat(numbers.Select(n => (n.Start, n.Text.Length)));
        var yesNo = kind == AnswerKind.Any && AnswerKindClassifier.AsksYesNo(normalized);
        var rest = _countries.AsDemonyms(_multiWord.Plain(_vocabulary.Respell(TextNormalizer.Normalize(TextSpans.Blank(text, entities.Select(e => (e.Start, e.Length)).Concat(spans))))));
        if (yesNo) rest = FutureGoing.Replace(rest, "");
        // "How close was the drone" asks a distance: "close" is the question's word, as "far" is, not the verb "closed".
        if (AnswerKindClassifier.AskedDimension(normalized) is "close" or "near") rest = HowClose.Replace(rest, "how");
        var typed = new UnderstoodMessage(text, normalized, Intent.Question) { Expected = kind }.WantsTypedAnswer;
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !_vocabulary.IsQuestionWord(w))
            .Select(w => InformalWord(w) ?? (IsKnown(TermAnalyzer.Stem(w), typed) ? w : Respelt(w) ?? w)).ToList();
        var head = headNoun is null ? null : TermAnalyzer.Stem(CountedUnit(headNoun, kind) ?? InformalWord(headNoun) ?? (IsKnown(TermAnalyzer.Stem(headNoun), typed) ? headNoun : _vocabulary.PlainWord(headNoun) ?? _speller.Correct(headNoun) ?? headNoun));
        var terms = TermAnalyzer.Terms(string.Join(' ', words)).Where(t => !_vocabulary.IsQuestionWord(t) && !(yesNo && OpinionVerbs.Contains(t)))
            .Select(t => IsKnown(t, typed) || !yesNo ? t : KnownVariant(t, typed) ?? t).Distinct().ToList();
        terms.AddRange(PhrasalVerbs.TermsIn(rest));
        // "Which detective leads the inquiry": a person's title noun still finds the sentence giving the title ("Detective Superintendent Roe").
        if (head is not null && kind is not (AnswerKind.Number or AnswerKind.Any) && !(kind == AnswerKind.Person && HeadNouns.NamesTitle(headNoun!))) terms.Remove(head);
        var idioms = IdiomVerbs.In(terms).ToList();
        var uncovered = terms.Where(t => !_vocabulary.IsSoft(t) && !IsKnown(t, typed) && !_phrasal.IsUsed(t) && t != head && !idioms.Contains(t)).ToList();
        // "What brand were the cameras": the property asked for, which no article names, leaves the question unanswered.
        if (head is not null && !IsKnown(head, typed) && kind == AnswerKind.Any && AnswerKindPatterns.PropertyOf().IsMatch(normalized)) uncovered.Add(head);
        else if (head is not null && uncovered.Count == 0 && !IsKnown(head, typed)) terms.Remove(head);
        foreach (var (term, entity) in _typos.Correct(words, uncovered, entities).ToList())
        {
            var nameTerms = TermAnalyzer.Terms(entity.Entity.Name).Append(term).ToHashSet();
            uncovered.RemoveAll(nameTerms.Contains);
            terms.RemoveAll(nameTerms.Contains);
            entities.Add(entity);
        }

        var referenced = PossessedOrganisations.Replace(normalized, ReferenceResolver.Resolve(normalized, memory, id => _knowledge.Entity(id).Kind, id => PersonPronouns.Of(_knowledge, id)), _knowledge.Entity).Where(id => entities.All(e => e.Entity.Id != id)).ToList();
        var penaltyFrame = PenaltyQuestions.ContextTerms(normalized, terms, entities.Count + referenced.Count > 0);
        if (penaltyFrame.Contains(PenaltyQuestions.Convicted) && !terms.Contains(PenaltyQuestions.Convicted)) terms.Add(PenaltyQuestions.Convicted);
        var reasonFrame = ReasonFrames.ContextTerms(kind, normalized, terms).ToList();
        // Words that only frame a penalty or why-question need not be the articles' words either.
        uncovered.RemoveAll(t => penaltyFrame.Contains(t) || reasonFrame.Contains(t));
        return new UnderstoodMessage(text, normalized, Intent.Question)
        {
            Expected = kind,
            AsksYesNo = yesNo,
            Times = times,
            Numbers = numbers,
            HeadNoun = head,
            Entities = entities,
            ReferencedEntityIds = referenced,
            SaysItAboutNothing = ReferenceResolver.SaysItAboutNothing(normalized, memory),
            Terms = terms,
            ContextTerms = TimeClauses.ContextTerms(kind, rest, terms, _vocabulary).Union(FramingNouns.In(normalized).Where(terms.Contains)).Union(idioms).Union(penaltyFrame).Union(reasonFrame).ToList(),
            UncoveredTerms = uncovered,
            VerbMeaning = terms.Select(_vocabulary.Meaning).FirstOrDefault(m => m is not null),
            // "What did the searches cost Tarnia": a name is never the verb.
            MainVerb = AskedVerb(text, normalized, entities) is { } verb && !_vocabulary.IsSoft(TermAnalyzer.Stem(verb)) && !NamesWord(entities, verb) ? TermAnalyzer.Stem(verb) : null,
        };
    }

    /// <summary>
    /// "Who is runing the case": a misspelt asked verb is read as the article word it misspells, so every reader of the
    /// question's verb (the intents: "who is running X" is no profile; "who runs X" asks a leading role) and the verb a
    /// sentence must hold see the word meant.
    /// </summary>
    public string WithAskedVerbRespelt(string normalized)
    {
        if (AnswerKindClassifier.MainVerb(normalized) is not { } verb || IsKnown(TermAnalyzer.Stem(verb), false) || InformalWord(verb) is not null
            || Respelt(verb) is not { } respelt || respelt.Contains(' ')) return normalized;
        return System.Text.RegularExpressions.Regex.Replace(normalized, $@"\b{System.Text.RegularExpressions.Regex.Escape(verb)}\b", respelt);
    }

    /// <summary>"Is the clerk going to resign": "going to" before a verb only marks the future.</summary>
    private static readonly System.Text.RegularExpressions.Regex HowClose = new(@"^how (close|near)\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex FutureGoing =
        new(@"\bgoing to (?=[a-z])(?!(the|a|an|his|her|their|its|this|that|my|our|your)\b)", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>"Does the clerk think the deal will fail": the opinion is what the sentence must hold, not the verb that reports it.</summary>
    private static readonly HashSet<string> OpinionVerbs = new(StringComparer.Ordinal) { "think", "believ", "expect", "reckon", "feel", "consid" };

    /// <summary>
    /// The articles' stem for a word the stemmer cut differently: "robbers" (robb) meets "robbed" (rob), "wealth" meets
    /// "wealthy" (wealthi). Only a one-letter difference at the end of a stem of five letters or more, and only in yes/no
    /// questions, where a sentence must also settle the question: elsewhere "the robbers" would also meet "every robbery".
    /// </summary>
    private string? KnownVariant(string term, bool typed)
    {
        if (term.Length < 5) return null;
        var variants = new List<string> { term + "i", term + "e" };
        if (term[^1] == term[^2]) variants.Add(term[..^1]);
        if (term[^1] is 'i' or 'e') variants.Add(term[..^1]);
        return variants.FirstOrDefault(v => IsKnown(v, typed));
    }

    /// <summary>
    /// The articles' words for a word no article uses: its ordinary word ("police" for "cops", "following" for
    /// "tailing"), else the article word it misspells, else the verb and particle it joins ("hand over" for "handover").
    /// A word with an ordinary word is spelt right, however near an article word it is ("tailing" is no "failing").
    /// </summary>
    private string? Respelt(string word) => _vocabulary.PlainWord(word) ?? _speller.Correct(word) ?? _compounds.Split(word);

    /// <summary>
    /// The ordinary word for an informal one no article writes ("police" for "cops"), even when WordNet would lead the
    /// informal word to an article's word: its synonyms there are looser ("cop" reaches "officer" of any kind).
    /// </summary>
    private string? InformalWord(string word) => _vocabulary.PlainWord(word) is { } plain && !IsKnown(TermAnalyzer.Stem(word), false) ? plain : null;

    /// <summary>
    /// "How many kilos": a counted noun with an ordinary word the articles use ("kilograms") is counted in that word even
    /// when some article writes the informal one too ("by the kilo"), as quantities are written in the ordinary unit.
    /// </summary>
    private string? CountedUnit(string noun, AnswerKind kind) =>
        kind == AnswerKind.Number && _vocabulary.PlainWord(noun) is { } plain && IsKnown(TermAnalyzer.Stem(plain), true) ? plain : null;

    /// <summary>The question's verb; "where did Kevin Roe study" is read as "where did he study", the name being its subject.</summary>
    private static string? AskedVerb(string text, string normalized, IReadOnlyList<EntityMatch> entities)
    {
        var verb = AnswerKindClassifier.MainVerb(normalized);
        if (verb is not null || !normalized.StartsWith("where ", StringComparison.Ordinal)) return verb;
        var pronouned = text;
        var end = text.Length;
        foreach (var name in entities.Where(e => e.Start >= 0 && e.Length > 0).OrderByDescending(e => e.Start))
        {
            if (name.Start + name.Length > end) continue;
            pronouned = pronouned[..name.Start] + "he" + pronouned[(name.Start + name.Length)..];
            end = name.Start;
        }

        return AnswerKindClassifier.MainVerb(TextNormalizer.Normalize(pronouned));
    }

    /// <summary>True when the word is a word of a name the question matched as written ("cost slovenia").</summary>
    private static bool NamesWord(IEnumerable<EntityMatch> entities, string word) =>
        entities.Any(e => e.Surface.Split(' ').Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase)) && e.Entity.Name.Contains(word, StringComparison.OrdinalIgnoreCase));

    private bool IsKnown(string term, bool typed) => _vocabulary.Expand(term, typed).Any(s => _knowledge.DocumentFrequency(s) > 0);
}
