using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The plural side of <see cref="DescribedPeople"/>: "who were the two men arrested?" over a lede saying "police arrested
/// two men …" is answered by the people another sentence of the article names before a plural passive of the same verb
/// ("The suspects, Ann Roe and Bo Lind, were both arrested"), when there are as many as the lede counts.
/// </summary>
public sealed partial class ListedPeople
{
    private static readonly string[] CountWords = { "two", "three", "four", "five" };
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the finder.</summary>
    public ListedPeople(IBriefingKnowledge knowledge, EntityDescriber describer, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _describer = describer;
        _vocabulary = vocabulary;
    }

    /// <summary>For each ranked sentence that counts the people the asked verb was done to, those people, named.</summary>
    public IEnumerable<AnswerCandidate> Find(UnderstoodMessage message, IEnumerable<RankedSentence> ranked)
    {
        foreach (var r in ranked)
        {
            var listed = ListedByVerb(r.Sentence, message);
            if (listed.Count > 1) yield return new AnswerCandidate(string.Join(" and ", listed.Select(_describer.NameWithRole)), r.Sentence.Id, r.Score) { EntityIds = listed.Select(e => e.Id).ToList() };
        }
    }

    /// <summary>As many people as the sentence counts, named before a plural passive of the asked verb in another sentence of the article; else none.</summary>
    private IReadOnlyList<Entity> ListedByVerb(Sentence sentence, UnderstoodMessage message)
    {
        if (DescribedPeople.DoneToMeaning(message, _vocabulary) is not { } means) return Array.Empty<Entity>();
        var count = VerbOnCount().Matches(sentence.Text).Where(means).Select(m => Array.IndexOf(CountWords, m.Groups["count"].Value.ToLowerInvariant()) + 2).FirstOrDefault();
        if (count < 2) return Array.Empty<Entity>();
        foreach (var other in _knowledge.SentencesOf(sentence.ArticleId).Where(s => s.Id != sentence.Id))
        {
            foreach (Match passive in PluralPassive().Matches(other.Text).Where(means))
            {
                var mentions = _knowledge.MentionsIn(other.Id).Where(m => m.Start < passive.Index && _knowledge.Entity(m.EntityId).Kind == EntityKind.Person).ToList();
                var named = mentions.Select(m => _knowledge.Entity(m.EntityId)).DistinctBy(e => e.Id).ToList();
                if (named.Count == count && !DescribedPeople.Reports(other.Text[mentions.Min(m => m.Start)..passive.Index])) return named;
            }
        }

        return Array.Empty<Entity>();
    }

    [GeneratedRegex(@"\b(?<verb>[a-z]+ed)\s+(?<count>two|three|four|five)\s", RegexOptions.IgnoreCase)]
    private static partial Regex VerbOnCount();

    [GeneratedRegex(@"\bwere\s+((both|all|later|then)\s+)?(?<verb>[a-z]+ed)\b")]
    private static partial Regex PluralPassive();
}
