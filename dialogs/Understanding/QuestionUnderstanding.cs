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
    private readonly QuestionAnalyzer _analyzer;

    /// <summary>Creates the understanding over the loaded knowledge.</summary>
    public QuestionUnderstanding(IBriefingKnowledge knowledge, IntentPatterns intents, Vocabulary vocabulary, QuestionAnalyzer analyzer)
    {
        _knowledge = knowledge;
        _intents = intents;
        _vocabulary = vocabulary;
        _analyzer = analyzer;
    }

    /// <summary>Understands one message in the context of the conversation so far.</summary>
    public UnderstoodMessage Understand(string text, ConversationMemory memory)
    {
        var normalized = _analyzer.WithAskedVerbRespelt(_vocabulary.Respell(TextNormalizer.Normalize(text)));
        if (normalized.Length == 0) return new UnderstoodMessage(text, normalized, Intent.Empty);
        if ((Ellipsis.Relocate(normalized, memory.LastQuestion) ?? Ellipsis.Rewrite(normalized, memory.LastQuestion) ?? Ellipsis.Narrow(normalized, memory.LastQuestion)) is { } rewritten) return Understand(rewritten, memory) with { SaidElliptically = normalized };
        if (TelegraphicQuestions.Rewrite(normalized) is { } asked) return Understand(asked, memory);
        if (TakenThings.Rewrite(normalized) is { } seized) return Understand(seized, memory);
        if (BareAttributeQuestions.Rewrite(normalized, memory) is { } attribute) return Understand(attribute, memory);
        if (ReferenceResolver.PutPersonNoun(normalized, memory) is { } described) return Understand(described, memory);
        var matched = _intents.Match(normalized);
        if (matched is { Intent: not (Intent.Profile or Intent.Acronym or Intent.Summary) } simple) return new UnderstoodMessage(text, normalized, simple.Intent);

        if (matched is { Intent: Intent.Summary } summary)
        {
            var topic = summary.Subject is null ? new UnderstoodMessage(text, normalized, Intent.Summary) : _analyzer.Analyze(summary.Subject, summary.Subject, memory);
            return topic with { Original = text, Normalized = normalized, Intent = Intent.Summary, Subject = summary.Subject };
        }

        if (LocatedSubject(text, normalized, memory) is { } located) return located;
        var question = _analyzer.Analyze(text, normalized, memory);
        if (matched is { Subject: { } subject } withSubject && SubjectIsOneEntity(subject, question))
        {
            return question with { Intent = withSubject.Intent, Subject = subject };
        }

        // "What's Roe's job?": the pattern's own words are not the subject's; the subject alone may be one entity.
        if (matched is { Subject: { } alone } && alone.Length < normalized.Length && _analyzer.Analyze(alone, alone, memory) is var subjectOnly && SubjectIsOneEntity(alone, subjectOnly))
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

    /// <summary>
    /// "What does CPD stand for in the hoax story": a profile or acronym question once the phrase locating the story is
    /// cut off. The phrase's words are not the subject's and no sentence need hold them, but the subject's story must use them.
    /// </summary>
    private UnderstoodMessage? LocatedSubject(string text, string normalized, ConversationMemory memory)
    {
        if (FramingNouns.WithoutStoryPhrase(normalized) is not { } located) return null;
        if (_intents.Match(located.Core) is not { Intent: Intent.Acronym or Intent.Profile, Subject: { } subject } matched) return null;
        var question = _analyzer.Analyze(FramingNouns.WithoutStoryPhrase(text)?.Core ?? located.Core, located.Core, memory);
        if (question.Entities.Count != 1 || !StoryEntities.InStory(question.Entities[0].Entity, located.StoryWords, _knowledge, IsNameOf(question.Entities[0]))) return null;
        return SubjectIsOneEntity(subject, question) ? question with { Original = text, Normalized = located.Core, Intent = matched.Intent, Subject = subject } : null;
    }

    private bool SubjectIsOneEntity(string subject, UnderstoodMessage question)
    {
        if (question.UncoveredTerms.Count > 0) return false;
        var all = question.Entities.Count + question.ReferencedEntityIds.Count;
        if (all != 1) return false;
        var entity = question.Entities.Count == 1 ? question.Entities[0].Entity : _knowledge.Entity(question.ReferencedEntityIds[0]);
        var described = TermAnalyzer.Terms(string.Join(' ', entity.Aliases.Concat(entity.Roles).Concat(entity.Descriptions).Append(entity.Name)));
        return TermAnalyzer.Terms(TextSpans.Blank(subject, _knowledge.FindEntities(subject).Select(m => (m.Start, m.Length))))
            .Where(t => !_vocabulary.IsQuestionWord(t) && question.Terms.Contains(t))
            .All(described.Contains);
    }

    /// <summary>
    /// In "who is the president of X" or "who is its president", a person matched only by a role word is the thing asked,
    /// not a subject.
    /// </summary>
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
        new(@"^(who|whom) (is|was|are|were) (the|a|an|its|their) ", System.Text.RegularExpressions.RegexOptions.Compiled);
}
