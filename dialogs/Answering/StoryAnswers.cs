using System.Text.RegularExpressions;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers a question within the story the conversation is in (<see cref="ConversationMemory.StoryArticleId"/>): a
/// follow-up that names nothing, or only means with "it" or "she" things of that story, is answered from that article
/// when it can be, else from all; one that says "them" or
/// goes on with "and …" only from that article. Asked of all stories, "the suspect" of two stories is answered by neither
/// a third, but by the one of those two that answers (<see cref="StoriesOfDescribedNoun"/>). "The two brothers" of the
/// story in focus are that story's, answered by it or not at all.
/// </summary>
public sealed partial class StoryAnswers
{
    private readonly AnswerFinder _finder;
    private readonly IBriefingKnowledge _knowledge;
    private readonly StoriesOfDescribedNoun _describedNoun;

    /// <summary>Creates the finder.</summary>
    public StoryAnswers(AnswerFinder finder, IBriefingKnowledge knowledge, StoriesOfDescribedNoun describedNoun)
    {
        _describedNoun = describedNoun;
        _finder = finder;
        _knowledge = knowledge;
    }

    /// <summary>The answer, from the conversation's story first.</summary>
    public AnswerOutcome Find(UnderstoodMessage message, ConversationMemory memory)
    {
        if (memory.LastSentenceId is int last && MostOfThem.Asks(message.Normalized)) return MostOfThem.After(_knowledge, last, memory.LastQuestion) is { } most ? new AnswerOutcome { Answer = most } : AnswerOutcome.None;
        if (memory.LastSentenceId is int split && message.Expected == AnswerKind.Place && OtherOfThem.Count(message.Normalized) is { } count
            && OtherOfThem.After(_knowledge, split, count) is { } others) return new AnswerOutcome { Answer = others };
        if (memory.LastSentenceId is int cited && OtherCurrency.In(_knowledge, message, cited) is { } converted) return new AnswerOutcome { Answer = converted };
        if (InLastAnswer(message, memory) is { Answer: not null } fromLast) return fromLast;
        if (StoryReferredTo(message, memory) is { } story) return _finder.Find(message, memory.FocusEntityId, story);
        if (memory.StoryArticleId is { } current && StaysInStory(message, current) && InStory(message, memory, current) is { Answer: { } a } inStory
            && (_knowledge.Sentence(a.SentenceId).ArticleId == current || !DescribesPeopleOf(message, current))) return inStory;
        if (memory.StoryArticleId is { } told && !message.AllEntityIds.Any() && DescribesPeopleOf(message, told)) return AnswerOutcome.None;
        var found = _finder.Find(message, memory.FocusEntityId);
        if (found.Answer is null && DescribedInLastAnswer(message, memory) is { Answer: not null } described) return described;
        if (found.Answer is { } answer && _describedNoun.StoriesMeant(message, answer) is { } meant) return InOneOf(message, memory, meant);
        // Other stories compete only for the conversation's first question: once it is in a story, that story answers.
        return memory.StoryArticleId is null ? found : found with { OtherStories = Array.Empty<AnswerCandidate>() };
    }

    /// <summary>
    /// "Which airport was the engineer stopped at", best answered by a story with no engineer: the answer of the one story
    /// among those with "the engineer" that gives one from a sentence missing at most one asked word, or none when several
    /// or none do.
    /// </summary>
    private AnswerOutcome InOneOf(UnderstoodMessage message, ConversationMemory memory, IReadOnlySet<string> stories)
    {
        var answers = stories.Select(s => _finder.Find(message, memory.FocusEntityId, s))
            .Where(o => o.Answer is { } a && !o.IsAmbiguous && message.Terms.Count(t => !_knowledge.Sentence(a.SentenceId).Terms.Contains(t)) <= 1).Take(2).ToList();
        return answers.Count == 1 ? answers[0] : AnswerOutcome.None;
    }

    /// <summary>
    /// "Which bridge did she mention?" … "how long was it closed?": no thing is in focus (only a person), so "it" is what
    /// the last answer named, and a count, a span or a date is first looked for in the sentence that answer cited. So is
    /// one asked with no word of its own ("how long did that take?", "how much of it?"): it can only be about that answer.
    /// </summary>
    private AnswerOutcome? InLastAnswer(UnderstoodMessage message, ConversationMemory memory) =>
        memory.LastSentenceId is int last && message.Entities.Count == 0
        && message.Expected is AnswerKind.Number or AnswerKind.Duration or AnswerKind.Date
        && (ReferenceResolver.SaysIt(message.Normalized) && message.ReferencedEntityIds.All(id => _knowledge.Entity(id).Kind == EntityKind.Person) || AsksNothingOfItsOwn(message))
            ? FromSentence(message, last) is { Answer: not null } found ? found : AsksNothingOfItsOwn(message) ? FirstCount(message, last) : null
            : null;

    /// <summary>"What was it carrying?" … "how much of it?": the count the last answer's sentence gives, as nothing else is asked.</summary>
    private AnswerOutcome? FirstCount(UnderstoodMessage message, int sentenceId) =>
        message.Expected == AnswerKind.Number && _knowledge.QuantitiesIn(sentenceId).FirstOrDefault(q => q.Kind != "age" && !QuantityAnswerExtractor.IsDuration(q)) is { } count
            ? new AnswerOutcome { Answer = new AnswerCandidate(count.Text, sentenceId, 1) }
            : null;

    private static bool AsksNothingOfItsOwn(UnderstoodMessage message) => message.Terms.Count + message.Times.Count + message.Numbers.Count == 0;

    /// <summary>The answer the one sentence gives, as if it were the only one ranked.</summary>
    private AnswerOutcome FromSentence(UnderstoodMessage message, int sentenceId) =>
        _finder.FindIn(message, new RankedSentence(_knowledge.Sentence(sentenceId), 1, 1, true));

    /// <summary>
    /// "Who was arrested?" answered Ann Roe from a lede that calls her only "a 30-year-old teacher": "how old is she?"
    /// is then looked for in that sentence, when nothing else answers, it holds every asked word and names no person.
    /// </summary>
    private AnswerOutcome? DescribedInLastAnswer(UnderstoodMessage message, ConversationMemory memory)
    {
        if (memory.LastSentenceId is not int last || !ReferencedPerson.In(message) || message.ReferencedEntityIds.Count != 1) return null;
        var sentence = _knowledge.Sentence(last);
        var person = _knowledge.Entity(message.ReferencedEntityIds[0]);
        var terms = sentence.Terms.ToHashSet();
        return person.Kind == EntityKind.Person && person.ArticleIds.Contains(sentence.ArticleId) && message.Terms.Count > 0 && message.Terms.All(terms.Contains)
            && _knowledge.MentionsIn(last).All(m => _knowledge.Entity(m.EntityId).Kind != EntityKind.Person)
                ? FromSentence(message, last)
                : null;
    }

    /// <summary>
    /// True when the message names nothing, or leans on the last turn ("and who loaded it?", "where does she work?")
    /// and every entity it names or means is of the conversation's story: such a follow-up is looked for there first.
    /// </summary>
    private bool StaysInStory(UnderstoodMessage message, string story) =>
        !message.AllEntityIds.Any()
        || LeansOnLastTurn(message) && message.AllEntityIds.All(id => _knowledge.Entity(id).ArticleIds.Contains(story));

    /// <summary>
    /// The story's answer; "and who loaded the crates onto it?" about a ship, when no sentence of the story names the
    /// ship and answers, is asked again with "it" only as context: the loading is told without the ship's name. That
    /// answer counts only from a sentence of the story holding every asked word, as nothing else ties it to "it", and
    /// not from the title or lede, which hold most words of their story (<see cref="OpeningSentences"/>).
    /// </summary>
    private AnswerOutcome InStory(UnderstoodMessage message, ConversationMemory memory, string story)
    {
        var found = FindInStory(message, memory.FocusEntityId, story);
        if (found.Answer is not null || message.Entities.Count > 0 || message.ReferencedEntityIds.Count == 0) return found;
        var unnamed = _finder.Find(message with { ReferencedEntityIds = Array.Empty<int>() }, message.ReferencedEntityIds[0], story);
        return unnamed.Answer is { } answer && !unnamed.IsAmbiguous && unnamed.OtherStories.Count == 0 && HoldsEveryAskedWord(message, answer.SentenceId, story)
            ? unnamed
            : found;
    }

    /// <summary>
    /// The story's answer; when no sentence holds enough asked words and the follow-up means something of the story with
    /// "it" or "she", the story counts as one more asked word ("who is the mayor?" … "when does the council sign it
    /// off?" answered by the council approving a plan in May). A "them" or "and …" that means nothing named ties no
    /// sentence to the question but by its own words.
    /// </summary>
    private AnswerOutcome FindInStory(UnderstoodMessage message, int? focusEntityId, string story)
    {
        var found = _finder.Find(message, focusEntityId, story);
        return found.Answer is null && message.ReferencedEntityIds.Count > 0 ? _finder.Find(message, focusEntityId, story, storyIsTopic: true) : found;
    }

    private bool HoldsEveryAskedWord(UnderstoodMessage message, int sentenceId, string story)
    {
        var sentence = _knowledge.Sentence(sentenceId);
        return sentence.ArticleId == story && !OpeningSentences.Is(sentence) && message.Terms.Count > 0 && message.Terms.All(sentence.Terms.Contains);
    }

    /// <summary>
    /// "Who were the two brothers?", in a story that tells of two brothers: the question means that story's people,
    /// so when the story does not answer, another story's brothers are no answer either.
    /// </summary>
    private bool DescribesPeopleOf(UnderstoodMessage message, string story) =>
        DefinitePeople().Matches(message.Normalized).Where(m => Lexicon.NumberWords.Contains(m.Groups["count"].Value)).Select(m => m.Groups["noun"].Value).Where(HeadNouns.NamesPerson)
            .Select(n => TermAnalyzer.Stem(n)).Any(stem => _knowledge.SentencesOf(story).Any(s => s.Terms.Contains(stem)));

    [GeneratedRegex(@"\bthe (?<count>[a-z]+) (?<noun>[a-z]+)\b")]
    private static partial Regex DefinitePeople();

    private static bool LeansOnLastTurn(UnderstoodMessage message) =>
        message.ReferencedEntityIds.Count > 0 || ReferenceResolver.RefersToAThing(message.Normalized)
        || ReferenceResolver.MentionsPerson(message.Normalized) || ReferenceResolver.GoesOn(message.Normalized);

    /// <summary>
    /// "Which company will install them" after an answer that named nothing, or "and what happened to prices?": "them"
    /// is something of the story the conversation is in, and "and …" goes on with it, so only that article may answer.
    /// </summary>
    private static string? StoryReferredTo(UnderstoodMessage message, ConversationMemory memory) =>
        memory.StoryArticleId is { } story && !message.AllEntityIds.Any() && (ReferenceResolver.RefersToAThing(message.Normalized) || ReferenceResolver.GoesOn(message.Normalized))
            ? story
            : null;
}
