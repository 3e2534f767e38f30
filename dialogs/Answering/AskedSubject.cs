using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Who or what a yes-or-no question asks about when it does not name it ("did the smugglers …"), and whether a sentence
/// speaks of it: a sentence about someone else cannot settle the question.
/// </summary>
public sealed partial class AskedSubject
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly SentenceIndex _index;
    private readonly EntityWordIndex _entityWords;

    /// <summary>Creates the finder.</summary>
    public AskedSubject(IBriefingKnowledge knowledge, Vocabulary vocabulary, SentenceIndex index, EntityWordIndex entityWords)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        _index = index;
        _entityWords = entityWords;
    }

    /// <summary>"Did the smugglers …": the word right after the auxiliary, when it is one of the question's words (not a name).</summary>
    public string? Of(UnderstoodMessage message)
    {
        var first = message.Normalized.Split(' ').SkipWhile(w => w is "and" or "so" or "but" or "then").Skip(1).FirstOrDefault(w => !_vocabulary.IsQuestionWord(w) && w is not ("all" or "any" or "some" or "every" or "each"));
        return first is not null && message.Terms.Contains(TermAnalyzer.Stem(first)) ? first : null;
    }

    /// <summary>
    /// The stems a sentence names the subject by: the subject word's, else those of the first entity the question names
    /// ("did the clerk pay …" — "clerk", "jane", "roe"), or none.
    /// </summary>
    public HashSet<string> StemsOf(UnderstoodMessage message)
    {
        if (Of(message) is { } word) return _vocabulary.Expand(TermAnalyzer.Stem(word), true).ToHashSet();
        var first = message.Entities.Where(e => e.Start >= 0).OrderBy(e => e.Start).FirstOrDefault();
        return first is null ? new HashSet<string>() : TermAnalyzer.Terms(first.Surface + " " + first.Entity.Name).ToHashSet();
    }

    /// <summary>
    /// A sentence that denies or states something of someone else ("the council paid no fee" for "did the smugglers
    /// demand a fee") settles nothing. The subject may be there by its word, by the name of what it describes or of
    /// its kind ("the company" — "Acme Ltd"), or as "it" or "they" for what a sentence before named.
    /// </summary>
    public bool IsIn(int sentenceId, string? subject)
    {
        if (subject is null || Pronoun().IsMatch(_knowledge.Sentence(sentenceId).Text)) return true;
        var stem = TermAnalyzer.Stem(subject);
        // "would not say whether the city signed" says nothing of the city.
        var text = _knowledge.Sentence(sentenceId).Text;
        var terms = Conditional().IsMatch(text) ? TermAnalyzer.Terms(Conditional().Replace(text, " ")).ToHashSet() : _index.TermsOf(sentenceId);
        if (_vocabulary.Expand(stem, true).Any(terms.Contains)) return true;
        var present = _index.PresentIn(sentenceId).Concat(_index.NearbyTo(sentenceId)).ToHashSet();
        var kind = HeadNouns.TryGetKind(subject, out var k) ? k : AnswerKind.Any;
        return _entityWords.WithHead(stem).Any(w => present.Contains(w.EntityId))
            || (kind is AnswerKind.Organization or AnswerKind.Person && present.Any(id => Fits(_knowledge.Entity(id).Kind, kind)));
    }

    private static bool Fits(EntityKind entity, AnswerKind kind) =>
        (entity == EntityKind.Organization && kind == AnswerKind.Organization) || (entity == EntityKind.Person && kind == AnswerKind.Person);

    [GeneratedRegex(@"\b(whether|if|unless)\b[^,;:\u2014\u2013]*")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\b([Ii]t|[Tt]hey|[Hh]e|[Ss]he)\b")]
    private static partial Regex Pronoun();
}
