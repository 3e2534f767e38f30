using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Who led the jailbreak?" over a lede that names nobody: the one person of the sentence's article whom the article
/// describes by the noun of the asked verb's doer ("Police named the alleged ringleader as Ann Roe", "The organiser,
/// Ann Roe, …"). Only when every other word of the question is what the article is about (its headline and lede), so
/// "who led the search" in a jailbreak story does not name the ringleader.
/// </summary>
public sealed partial class AgentNounPeople
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly RoleEvidence _evidence;

    /// <summary>Creates the finder.</summary>
    public AgentNounPeople(IBriefingKnowledge knowledge, Vocabulary vocabulary, RoleEvidence evidence)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        _evidence = evidence;
    }

    /// <summary>The people of the sentence's article described as the doer of the asked verb, when the question's other words are its story.</summary>
    public IEnumerable<Entity> Of(Sentence sentence, UnderstoodMessage message)
    {
        if (VerbWord(message) is not { } word) return Array.Empty<Entity>();
        var lemma = VerbLemmatizer.Lemma(word);
        var agents = AgentNouns(lemma).ToList();
        var people = _knowledge.Entities.Where(e => e.Kind == EntityKind.Person && e.ArticleIds.Contains(sentence.ArticleId)
            && e.Descriptions.Select(DescribedPeople.Head).Any(h => h is not null && agents.Any(h.EndsWith))).Concat(NamedAfter(sentence.ArticleId, agents)).DistinctBy(e => e.Id).ToList();
        var verb = new[] { message.MainVerb, TermAnalyzer.Stem(word), TermAnalyzer.Stem(lemma) };
        var others = message.Terms.Where(t => !verb.Contains(t)).ToList();
        return people.Where(p => others.Count > 0 && others.All(t => _vocabulary.Expand(t).Any(s => _evidence.IsStoryOf(p, s))));
    }

    /// <summary>"Police named the alleged ringleader as Ann Roe", "the organiser, Ann Roe,": the person named right after the doer's noun.</summary>
    private IEnumerable<Entity> NamedAfter(string articleId, IReadOnlyList<string> agents)
    {
        foreach (var other in _knowledge.SentencesOf(articleId))
        {
            foreach (Match noun in NounBeforeName().Matches(other.Text))
            {
                if (!agents.Any(noun.Groups["noun"].Value.EndsWith)) continue;
                var next = _knowledge.MentionsIn(other.Id).Where(m => m.Start >= noun.Index + noun.Length).MinBy(m => m.Start);
                if (next is not null && _knowledge.Entity(next.EntityId) is { Kind: EntityKind.Person } person
                    && NamingGap().IsMatch(other.Text[(noun.Index + noun.Length)..next.Start])) yield return person;
            }
        }
    }

    /// <summary>The question's word for its main verb: "led" of "who led …".</summary>
    private static string? VerbWord(UnderstoodMessage message) =>
        message.MainVerb is not { } verb ? null
            : message.Normalized.Split(' ').Skip(1).FirstOrDefault(w => TermAnalyzer.Stem(w) == verb || TermAnalyzer.Stem(VerbLemmatizer.Lemma(w)) == verb);

    /// <summary>"leader" of "lead", "organiser" of "organise", "mediator" of "mediate".</summary>
    private IEnumerable<string> AgentNouns(string lemma)
    {
        yield return lemma + "er";
        yield return lemma + "or";
        if (lemma.EndsWith('e')) { yield return lemma + "r"; yield return lemma[..^1] + "or"; }
        if (_vocabulary.IsPersonNoun(lemma)) yield return lemma;
    }

    [GeneratedRegex(@"\b(the|a|an)\s+([\w-]+\s+){0,3}?(?<noun>[a-z]+)(?=\s*,|\s+as\s)")]
    private static partial Regex NounBeforeName();

    /// <summary>", " or " as " between the noun and the name.</summary>
    [GeneratedRegex(@"^(\s*,\s*|\s+as\s+)$")]
    private static partial Regex NamingGap();
}
