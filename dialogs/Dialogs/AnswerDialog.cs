using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Dialogs;

/// <summary>
/// Answers a question from the store with a short answer and its source sentence; asks back when several
/// answers fit equally; passes (to the refusal) when the store supports no answer.
/// </summary>
public sealed class AnswerDialog : IBriefingDialog
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly AnswerFinder _finder;
    private readonly CitationFactory _citations;
    private readonly ConversationFocus _focus;
    private readonly QuestionUnderstanding _understanding;
    private readonly StoryAnswers _storyAnswers;
    private readonly PersonNouns _personNouns;
    private readonly AgeHolders _ages;
    private readonly ComparedAges _compared;

    /// <summary>Creates the dialog.</summary>
    public AnswerDialog(IBriefingKnowledge knowledge, AnswerFinder finder, CitationFactory citations, ConversationFocus focus, QuestionUnderstanding understanding, StoryAnswers storyAnswers, PersonNouns personNouns, ComparedAges compared)
    {
        _personNouns = personNouns;
        _ages = new AgeHolders(knowledge);
        _compared = compared;
        _storyAnswers = storyAnswers;
        _understanding = understanding;
        _knowledge = knowledge;
        _finder = finder;
        _citations = citations;
        _focus = focus;
    }

    /// <inheritdoc />
    public string Name => "answer";

    /// <inheritdoc />
    public bool CanHandle(UnderstoodMessage message, ConversationMemory memory) => message.Intent is Intent.Question or Intent.Profile or Intent.Acronym;

    /// <inheritdoc />
    public BotReply? Handle(UnderstoodMessage message, ConversationMemory memory)
    {
        if (!message.AllEntityIds.Any() && _compared.PutPerson(message.Normalized, memory, id => _knowledge.Entity(id).Name) is { } named) message = _understanding.Understand(named, memory);
        var outcome = memory.LastSentenceId is int last && LastAnswerSource.Asks(message.Normalized) && LastAnswerSource.Of(_knowledge, last) is { Answer: not null } source ? source
            : ReferenceResolver.IsBareQuestionWord(message.Normalized) ? AnswerBareQuestion(message, memory) : _storyAnswers.Find(message, memory);
        if (outcome.Answer is null) return null;
        if (outcome.OtherStories.Count > 0) return AskWhichStory(outcome, memory);
        return outcome.IsAmbiguous ? AskWhichOne(outcome, memory) : Answer(message, outcome.Answer, memory);
    }

    /// <summary>
    /// "Where?" asks about the last answer: its sentence first (for "until when?" also its words after "until"), else the
    /// last question asked with "where". "By whom?"
    /// asks the last question again first, so that its verb picks the right "by" of the sentence.
    /// </summary>
    private AnswerOutcome AnswerBareQuestion(UnderstoodMessage message, ConversationMemory memory)
    {
        var again = Ellipsis.AskAgain(message.Normalized, memory.LastQuestion) is { } question ? _understanding.Understand(question, memory) : null;
        if (again is not null && Ellipsis.AsksForAgent(message.Normalized)) return _finder.Find(again, memory.FocusEntityId);
        if (memory.LastSentenceId is int last && _finder.FindIn(message, new RankedSentence(_knowledge.Sentence(last), 1, 1, true)) is { Answer: not null } found) return found;
        if (memory.LastSentenceId is int cited && Ellipsis.UntilPhrase(message.Normalized, _knowledge.Sentence(cited).Text) is { } until) return new AnswerOutcome { Answer = new AnswerCandidate("Until " + until, cited, 1) };
        return again is null ? AnswerOutcome.None : _finder.Find(again, memory.FocusEntityId);
    }

    private BotReply Answer(UnderstoodMessage message, AnswerCandidate answer, ConversationMemory memory)
    {
        var answered = AnsweredEntities(message, answer);
        _focus.Remember(memory, message.AllEntityIds, answered, answer.SentenceId, message.HeadNoun);
        if (PersonNoun(message, answered) is { } noun) memory.FocusPersonNoun = noun;
        return new BotReply(ReplyKind.Answer, Headline(message, answer)) { Citations = new[] { _citations.Cite(answer.SentenceId) } };
    }

    /// <summary>
    /// The answer's entities, and when they hold no person, the one person its words name (or, for "who …" answered with
    /// no entity at all, the one person its sentence names).
    /// </summary>
    private IReadOnlyList<int> AnsweredEntities(UnderstoodMessage message, AnswerCandidate answer) =>
        answer.EntityIds.Any(id => _knowledge.Entity(id).Kind == EntityKind.Person) ? answer.EntityIds
            : answer.EntityIds.Concat(_focus.PersonNamedBy(answer.Text, answer.SentenceId, message.Expected == AnswerKind.Person && answer.EntityIds.Count == 0)).ToList();

    /// <summary>"What do we know about the ship's captain?" answered with no one named: the one person noun the next "he" means.</summary>
    private string? PersonNoun(UnderstoodMessage message, IReadOnlyList<int> answered)
    {
        if (message.AllEntityIds.Concat(answered).Any(id => _knowledge.Entity(id).Kind == EntityKind.Person)) return null;
        var nouns = _personNouns.In(message);
        return nouns.Count == 1 && !nouns[0].EndsWith('s') ? nouns[0] : null;
    }

    private string Headline(UnderstoodMessage message, AnswerCandidate answer)
    {
        var text = answer.Text.TrimEnd('.');
        // "Who warned …" is answered with when; "who is the chairman" and "who commands the fleet" are not about a moment.
        var asksAboutAnEvent = (message.MainVerb is not null || message.VerbMeaning is not null) && !Tense.AsksPresentState(message.Normalized);
        if (message.Expected is AnswerKind.Person or AnswerKind.Entity && asksAboutAnEvent && !answer.Timeless && _knowledge.TimesIn(answer.SentenceId).FirstOrDefault(t => t.Type is not ("duration" or "set")) is { } time)
        {
            text += $" \u2014 {time.Display}";
        }

        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>"How old is the suspect" fits two stories equally: the user picks the story, whose answer then comes.</summary>
    private BotReply AskWhichStory(AnswerOutcome outcome, ConversationMemory memory)
    {
        var answers = outcome.OtherStories.Prepend(outcome.Answer!).ToList();
        memory.ActiveDialog = ClarifyDialog.DialogName;
        memory.StoryArticleId = null;
        memory.PendingChoices = answers.Select(c => new PendingChoice
        {
            Label = ShortTitles.Of(_knowledge.Article(_knowledge.Sentence(c.SentenceId).ArticleId).Title), EntityId = c.EntityIds.FirstOrDefault(), SentenceId = c.SentenceId, Answer = c.Text,
        }).ToList();
        var titles = memory.PendingChoices.Select(c => c.Label).ToList();
        return new BotReply(ReplyKind.Clarification, $"Several stories fit: {string.Join(" or ", titles)}. Which one do you mean?") { SuggestedActions = titles };
    }


    private BotReply AskWhichOne(AnswerOutcome outcome, ConversationMemory memory)
    {
        memory.ActiveDialog = ClarifyDialog.DialogName;
        _focus.RememberChoices(memory, outcome.Alternatives.Select(c => c.SentenceId));
        memory.PendingChoices = outcome.Alternatives.Select(c => new PendingChoice
        {
            // An answer naming no one (an age, a date) is its own label; an age says whose it is ("55 (NAME)").
            Label = c.EntityIds.Count > 0 ? _knowledge.Entity(c.EntityIds[0]).Name : _ages.HolderOf(c) is { } holder ? $"{c.Text} ({holder})" : c.Text, EntityId = c.EntityIds.FirstOrDefault(), SentenceId = c.SentenceId, Answer = c.Text,
        }).ToList();
        var names = memory.PendingChoices.Select(c => c.Label).ToList();
        var headline = $"Several answers fit: {string.Join(" or ", names)}. Which one do you mean?";
        return new BotReply(ReplyKind.Clarification, headline)
        {
            Details = outcome.Alternatives.Select(c => c.Text).ToList(),
            SuggestedActions = names,
        };
    }
}
