using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The words a sentence borrows from where it names the people it calls "he" or "she": "She was held on Thursday"
/// holds, for "when was the kitchen worker arrested", the words of "The second suspect, Ada Roe, worked in the bakery's
/// kitchen", the sentence of its paragraph that last named her. Not when the person speaks in it: "She said the
/// ministry would spend …" is about what she said, not about her. Indexed once (the knowledge never changes).
/// </summary>
public sealed class ReferredPeopleWords
{
    private readonly Dictionary<int, HashSet<string>> _words;

    /// <summary>Indexes every sentence of the articles.</summary>
    public ReferredPeopleWords(IBriefingKnowledge knowledge) =>
        _words = knowledge.Articles.SelectMany(a => Borrowed(knowledge, knowledge.SentencesOf(a.Id))).ToDictionary(p => p.Id, p => p.Words);

    /// <summary>The terms of the sentences naming the people the sentence calls "he" or "she"; empty when none.</summary>
    public IReadOnlySet<string> Of(int sentenceId) => _words.TryGetValue(sentenceId, out var words) ? words : EmptyWords;

    private static readonly HashSet<string> EmptyWords = new();
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    private static IEnumerable<(int Id, HashSet<string> Words)> Borrowed(IBriefingKnowledge knowledge, IReadOnlyList<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            var speakers = knowledge.StatementsIn(sentence.Id).Select(s => s.SpeakerEntityId).ToHashSet();
            var referred = knowledge.MentionsIn(sentence.Id).Where(m => m.IsResolvedReference && SubjectPronouns.Contains(m.Surface) && knowledge.Entity(m.EntityId).Kind == EntityKind.Person)
                .Select(m => m.EntityId).Where(id => !speakers.Contains(id)).ToHashSet();
            var words = referred.Select(id => Naming(knowledge, sentences, sentence, id)).OfType<Sentence>().SelectMany(s => s.Terms).ToHashSet();
            if (words.Count > 0) yield return (sentence.Id, words);
        }
    }

    /// <summary>The last sentence of the paragraph before this one that names the person by name.</summary>
    private static Sentence? Naming(IBriefingKnowledge knowledge, IReadOnlyList<Sentence> sentences, Sentence sentence, int personId) =>
        sentences.Where(s => s.Paragraph == sentence.Paragraph && s.Index < sentence.Index)
            .LastOrDefault(s => knowledge.MentionsIn(s.Id).Any(m => m.EntityId == personId && !m.IsResolvedReference));
}
