using BriefingBot.Dialogs.State;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Turns a message into an <see cref="UnderstoodMessage"/>: intent, expected answer kind, the entities it names
/// or refers to, its content terms and which of them the articles never use.
/// </summary>
public sealed class QuestionUnderstanding
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly IntentPatterns _intents;
    private readonly Vocabulary _vocabulary;
    private readonly TypoCorrector _typos;
    private readonly QuestionFacts _facts;
    private readonly WordSpeller _speller;
    private readonly DescribedEntityFinder _described;
    private readonly PhrasalVerbs _phrasal;

    /// <summary>Creates the understanding over the loaded knowledge.</summary>
    public QuestionUnderstanding(IBriefingKnowledge knowledge, IntentPatterns intents, Vocabulary vocabulary, QuestionFacts facts, WordSpeller speller, DescribedEntityFinder described, PhrasalVerbs phrasal)
    {
        _phrasal = phrasal;
        _described = described;
        _speller = speller;
        _facts = facts;
        _knowledge = knowledge;
        _intents = intents;
        _vocabulary = vocabulary;
        _typos = new TypoCorrector(knowledge);
    }

    /// <summary>Understands one message in the context of the conversation so far.</summary>
    public UnderstoodMessage Understand(string text, ConversationMemory memory)
    {
        var normalized = _vocabulary.Respell(TextNormalizer.Normalize(text));
        if (normalized.Length == 0) return new UnderstoodMessage(text, normalized, Intent.Empty);
        if (Ellipsis.Rewrite(normalized, memory.LastQuestion) is { } rewritten) return Understand(rewritten, memory);
        var matched = _intents.Match(normalized);
        if (matched is { Intent: not (Intent.Profile or Intent.Acronym or Intent.Summary) } simple) return new UnderstoodMessage(text, normalized, simple.Intent);

        if (matched is { Intent: Intent.Summary } summary)
        {
            var topic = summary.Subject is null ? new UnderstoodMessage(text, normalized, Intent.Summary) : AsQuestion(summary.Subject, summary.Subject, memory);
            return topic with { Original = text, Normalized = normalized, Intent = Intent.Summary, Subject = summary.Subject };
        }

        var question = AsQuestion(text, normalized, memory);
        if (matched is { Subject: { } subject } withSubject && SubjectIsOneEntity(subject, question))
        {
            return question with { Intent = withSubject.Intent, Subject = subject };
        }

        // "What's Roe's job?": the pattern's own words are not the subject's; the subject alone may be one entity.
        if (matched is { Subject: { } alone } && alone.Length < normalized.Length && AsQuestion(alone, alone, memory) is var subjectOnly && SubjectIsOneEntity(alone, subjectOnly))
        {
            return subjectOnly with { Original = text, Normalized = normalized, Intent = matched.Value.Intent, Subject = alone };
        }

        // A bare name ("Roe", "the port director") asks who or what that is.
        if (matched is null && question.Terms.Count == 0 && !AsksSomething.IsMatch(normalized) && SubjectIsOneEntity(normalized, question))
        {
            return question with { Intent = Intent.Profile, Subject = normalized };
        }

        return RoleShaped.IsMatch(normalized) ? RoleWordsAsTerms(question) : question;
    }

    private UnderstoodMessage AsQuestion(string text, string normalized, ConversationMemory memory)
    {
        var (kind, headNoun) = AnswerKindClassifier.Classify(normalized);
        var entities = _described.Complete(text, _knowledge.FindEntities(text), memory).ToList();
        var (times, numbers) = _facts.Find(text);
        var spans = times.Select(t => (t.Start, t.Text.Length)).Concat(numbers.Select(n => (n.Start, n.Text.Length)));
        var rest = _vocabulary.Respell(TextNormalizer.Normalize(RemoveSpans(RemoveSpans(text, entities), spans)));
        var typed = new UnderstoodMessage(text, normalized, Intent.Question) { Expected = kind }.WantsTypedAnswer;
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !_vocabulary.IsQuestionWord(w))
            .Select(w => IsKnown(TermAnalyzer.Stem(w), typed) ? w : _speller.Correct(w) ?? w).ToList();
        var head = headNoun is null ? null : TermAnalyzer.Stem(headNoun);
        var terms = TermAnalyzer.Terms(string.Join(' ', words)).Where(t => !_vocabulary.IsQuestionWord(t)).Distinct().ToList();
        terms.AddRange(_phrasal.UnusedIn(rest));
        if (head is not null && kind is not (AnswerKind.Number or AnswerKind.Any)) terms.Remove(head);
        var uncovered = terms.Where(t => !_vocabulary.IsSoft(t) && !IsKnown(t, typed) && t != head).ToList();
        if (head is not null && uncovered.Count == 0 && !IsKnown(head, typed)) terms.Remove(head);
        foreach (var (term, entity) in _typos.Correct(words, uncovered, entities).ToList())
        {
            var nameTerms = TermAnalyzer.Terms(entity.Entity.Name).Append(term).ToHashSet();
            uncovered.RemoveAll(nameTerms.Contains);
            terms.RemoveAll(nameTerms.Contains);
            entities.Add(entity);
        }

        return new UnderstoodMessage(text, normalized, Intent.Question)
        {
            Expected = kind,
            Times = times,
            Numbers = numbers,
            HeadNoun = head,
            Entities = entities,
            ReferencedEntityIds = ReferenceResolver.Resolve(normalized, memory).Where(id => entities.All(e => e.Entity.Id != id)).ToList(),
            Terms = terms,
            UncoveredTerms = uncovered,
            VerbMeaning = terms.Select(_vocabulary.Meaning).FirstOrDefault(m => m is not null),
            MainVerb = AnswerKindClassifier.WhoVerb(normalized) is { } verb && !_vocabulary.IsSoft(TermAnalyzer.Stem(verb)) ? TermAnalyzer.Stem(verb) : null,
        };
    }

    private bool IsKnown(string term, bool typed) => _vocabulary.Expand(term, typed).Any(s => _knowledge.DocumentFrequency(s) > 0);

    private bool SubjectIsOneEntity(string subject, UnderstoodMessage question)
    {
        if (question.UncoveredTerms.Count > 0) return false;
        var all = question.Entities.Count + question.ReferencedEntityIds.Count;
        if (all != 1) return false;
        var entity = question.Entities.Count == 1 ? question.Entities[0].Entity : _knowledge.Entity(question.ReferencedEntityIds[0]);
        var described = TermAnalyzer.Terms(string.Join(' ', entity.Aliases.Concat(entity.Roles).Concat(entity.Descriptions).Append(entity.Name)));
        return TermAnalyzer.Terms(RemoveSpans(subject, _knowledge.FindEntities(subject)))
            .Where(t => !_vocabulary.IsQuestionWord(t) && question.Terms.Contains(t))
            .All(described.Contains);
    }

    /// <summary>In "who is the president of X", a person matched only by a role word is the thing asked, not a subject.</summary>
    private static UnderstoodMessage RoleWordsAsTerms(UnderstoodMessage question)
    {
        var byRole = question.Entities.Where(e => e.Entity.Kind == Knowledge.Model.EntityKind.Person && !IsNameOf(e)).ToList();
        if (byRole.Count == 0) return question;
        var roleTerms = byRole.SelectMany(e => TermAnalyzer.Terms(e.Surface));
        return question with { Entities = question.Entities.Except(byRole).ToList(), Terms = question.Terms.Concat(roleTerms).Distinct().ToList() };
    }

    private static bool IsNameOf(EntityMatch match)
    {
        var surface = match.Surface.Trim();
        return match.Entity.Aliases.Append(match.Entity.Name)
            .Any(n => surface.Contains(n, StringComparison.OrdinalIgnoreCase) || (surface.Length > 2 && n.Contains(surface, StringComparison.OrdinalIgnoreCase)));
    }

    private static readonly System.Text.RegularExpressions.Regex AsksSomething =
        new(@"^(who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|can|could|has|have)\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex RoleShaped =
        new(@"^(who|whom) (is|was|are|were) (the|a|an) ", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static string RemoveSpans(string text, IReadOnlyList<EntityMatch> matches) =>
        RemoveSpans(text, matches.Select(m => (m.Start, m.Length)));

    private static string RemoveSpans(string text, IEnumerable<(int Start, int Length)> spans)
    {
        var chars = text.ToCharArray();
        foreach (var (start, length) in spans.Where(s => s.Start >= 0 && s.Start + s.Length <= chars.Length))
        {
            Array.Fill(chars, ' ', start, length);
        }

        return new string(chars);
    }
}
