using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers "what nationality is she" / "what passport does he hold" with the people's name a sentence gives the asked
/// person ("Danish national Henrik Voss", "Marchenko, who holds a Cypriot passport"): the demonym nearer to that person
/// than to anyone else the sentence names. A sentence with no demonym, or whose demonyms belong to others, answers nothing.
/// </summary>
public sealed partial class NationalityAnswerExtractor : IAnswerExtractor
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the extractor.</summary>
    public NationalityAnswerExtractor(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <inheritdoc />
    public bool Handles(AnswerKind kind) => kind == AnswerKind.Nationality;

    /// <inheritdoc />
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence ranked)
    {
        var mentions = _knowledge.MentionsIn(ranked.Sentence.Id);
        // A name of unknown kind ("Henrik Voss") may be a person's too.
        var people = mentions.Where(m => _knowledge.Entity(m.EntityId).Kind is EntityKind.Person or EntityKind.Other).ToList();
        var asked = message.AllEntityIds.Where(id => _knowledge.Entity(id).Kind is EntityKind.Person or EntityKind.Other).ToHashSet();
        foreach (var demonym in Demonyms(ranked.Sentence.Text, mentions))
        {
            var nearest = people.MinBy(m => Distance(demonym, m));
            if (asked.Count > 0 ? nearest is null || !asked.Contains(nearest.EntityId) : !ModifiesAskedNoun(ranked.Sentence.Text, demonym, message)) continue;
            yield return new AnswerCandidate(demonym.Value, ranked.Sentence.Id, ranked.Score) { EntityIds = nearest is null ? [] : [nearest.EntityId] };
        }
    }

    /// <summary>Capitalised words that are a people's name, outside any name they are part of ("Norwegian Coastal Administration").</summary>
    private IEnumerable<Match> Demonyms(string text, IReadOnlyList<Mention> mentions) =>
        CapitalisedWord().Matches(text).Where(w => Gazetteer.Default.FindDemonym(w.Value) is not null
            && !mentions.Any(m => m.Start <= w.Index && w.Index < m.Start + m.Surface.Length && m.Surface.Length > w.Length));

    /// <summary>
    /// With no person asked, the demonym must describe what is asked about: "Filipino crew" for "what nationality is the
    /// crew", or stand in an apposition to it: "the captain, a 58-year-old Georgian national".
    /// </summary>
    private static bool ModifiesAskedNoun(string text, Match demonym, UnderstoodMessage message) =>
        (NextWords().Match(text, demonym.Index + demonym.Length) is { Success: true } next && TermAnalyzer.Terms(next.Value).Any(message.Terms.Contains))
        || (ApposedTo().Match(text[..demonym.Index]) is { Success: true } apposed && TermAnalyzer.Terms(apposed.Groups["noun"].Value).Any(message.Terms.Contains));

    private static int Distance(Match word, Mention mention) =>
        word.Index >= mention.Start + mention.Surface.Length ? word.Index - (mention.Start + mention.Surface.Length) : Math.Max(0, mention.Start - (word.Index + word.Length));

    [GeneratedRegex(@"(?<noun>[a-z-]+), (a|an) ([a-z0-9-]+ )?$")]
    private static partial Regex ApposedTo();

    [GeneratedRegex(@"\G(\s+[a-z-]+){1,2}")]
    private static partial Regex NextWords();

    [GeneratedRegex(@"\b[A-Z][a-z]+\b")]
    private static partial Regex CapitalisedWord();
}
