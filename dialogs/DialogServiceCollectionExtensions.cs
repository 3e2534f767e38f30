using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Dialogs;
using BriefingBot.Dialogs.Replies;
using BriefingBot.Dialogs.Routing;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Dialogs;

/// <summary>Registers the conversation layer: understanding, answering, and the dialogs in routing order.</summary>
public static class DialogServiceCollectionExtensions
{
    /// <summary>Adds the dialogs; thresholds come from the <c>Answering</c> configuration section.</summary>
    public static IServiceCollection AddBriefingDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Answering").Get<AnsweringOptions>() ?? new AnsweringOptions());
        services.AddSingleton<IntentPatterns>();
        services.AddSingleton<WordNetSynonyms>();
        services.AddSingleton<EnglishWords>();
        services.AddSingleton<CommonWordNames>();
        services.AddSingleton<Vocabulary>();
        services.AddSingleton<QuestionFacts>();
        services.AddSingleton<WordSpeller>();
        services.AddSingleton<PhrasalVerbs>();
        services.AddSingleton<ParticleCompounds>();
        services.AddSingleton<MultiWordVerbs>();
        services.AddSingleton<EntityWordIndex>();
        services.AddSingleton<NameBeginnings>();
        services.AddSingleton<NounDescriptions>();
        services.AddSingleton<DescribedEntityFinder>();
        services.AddSingleton<QuestionAnalyzer>();
        services.AddSingleton<QuestionUnderstanding>();
        services.AddSingleton<EntityDescriber>();
        services.AddSingleton<NounRivals>();
        services.AddSingleton<CitationFactory>();
        services.AddSingleton<SuggestionMaker>();
        services.AddSingleton<ClosestStories>();
        services.AddSingleton<ConversationFocus>();
        services.AddSingleton<SentenceIndex>();
        services.AddSingleton<ArticleStories>();
        services.AddSingleton<StorySettings>();
        services.AddSingleton<StorySubjects>();
        services.AddSingleton<ScenePlaces>();
        services.AddSingleton<ExactCounts>();
        services.AddSingleton<AskedVerbSentences>();
        services.AddSingleton<OtherPeoplesSentences>();
        services.AddSingleton<AgedNouns>();
        services.AddSingleton<AgedDoers>();
        services.AddSingleton<AgedRivals>();
        services.AddSingleton<CountedRivals>();
        services.AddSingleton<OrdinalRivals>();
        services.AddSingleton<CoveredStory>();
        services.AddSingleton<CountedGroups>();
        services.AddSingleton<LongerPlaceNames>();
        services.AddSingleton<PlacesOfOrigin>();
        services.AddSingleton<PlaceDemonyms>();
        services.AddSingleton<AskedFacts>();
        services.AddSingleton<FacilityNouns>();
        services.AddSingleton<NounsNamedWith>();
        services.AddSingleton<DescribedReferents>();
        services.AddSingleton<ReferredPeopleWords>();
        services.AddSingleton<SentenceScorer>();
        services.AddSingleton<SentenceRanker>();
        services.AddSingleton<ReportingVerbs>();
        services.AddSingleton<QuotedSpeakers>();
        services.AddSingleton<QuoteText>();
        services.AddSingleton<StatementWords>();
        services.AddSingleton<QuoteScorer>();
        services.AddSingleton<QuoteAnswerer>();
        services.AddSingleton<SilentSpeakers>();
        services.AddSingleton<RelationAnswerer>();
        services.AddSingleton<StaffAnswerer>();
        services.AddSingleton<JobAnswerer>();
        services.AddSingleton<DescribedNameAnswerer>();
        services.AddSingleton<StatedSpans>();
        services.AddSingleton<ListedPeople>();
        services.AddSingleton<AgentNounPeople>();
        services.AddSingleton<DescribedPeople>();
        services.AddSingleton<DescribedThings>();
        services.AddSingleton<RoleEvidence>();
        services.AddSingleton<RoleByVerb>();
        services.AddSingleton<RoleOrganisations>();
        services.AddSingleton<RoleAnswerer>();
        services.AddSingleton<PersonNouns>();
        services.AddSingleton<PronounAntecedents>();
        services.AddSingleton<ReportedSentences>();
        services.AddSingleton<ModifiedKindNoun>();
        services.AddSingleton<PassiveAgents>();
        services.AddSingleton<ActiveDoers>();
        services.AddSingleton<MentionsByNearness>();
        services.AddSingleton<VerbClauses>();
        services.AddSingleton<AnswerEntities>();
        services.AddSingleton<IAnswerExtractor, EntityAnswerExtractor>();
        services.AddSingleton<IAnswerExtractor, TimeAnswerExtractor>();
        services.AddSingleton<IAnswerExtractor, QuantityAnswerExtractor>();
        services.AddSingleton<IAnswerExtractor, ReasonAnswerExtractor>();
        services.AddSingleton<IAnswerExtractor, NationalityAnswerExtractor>();
        services.AddSingleton<IAnswerExtractor, SentenceAnswerExtractor>();
        services.AddSingleton<UnanswerableQuestions>();
        services.AddSingleton<DoerStories>();
        services.AddSingleton<AnswerChooser>();
        services.AddSingleton<AskedSubject>();
        services.AddSingleton<YesNoAnswerer>();
        services.AddSingleton<DirectAnswers>();
        services.AddSingleton<CandidateOrder>();
        services.AddSingleton<ContinuedSentences>();
        services.AddSingleton<RankedAnswers>();
        services.AddSingleton<AnswerFinder>();
        services.AddSingleton<StoriesOfDescribedNoun>();
        services.AddSingleton<StoryAnswers>();
        services.AddSingleton<StoryRivals>();

        // Routing order: the first dialog that can handle a message answers it; the refusal always can.
        services.AddSingleton<IBriefingDialog, NoBriefingDialog>();
        services.AddSingleton<ChoiceDescriptions>();
        services.AddSingleton<IBriefingDialog, ClarifyDialog>();
        services.AddSingleton<IBriefingDialog, SmallTalkDialog>();
        services.AddSingleton<IBriefingDialog, TopicsDialog>();
        services.AddSingleton<IBriefingDialog, SummaryDialog>();
        services.AddSingleton<IBriefingDialog, AcronymDialog>();
        services.AddSingleton<IBriefingDialog, ProfileDialog>();
        services.AddSingleton<IBriefingDialog, AnswerDialog>();
        services.AddSingleton<IBriefingDialog, RefusalDialog>();
        services.AddSingleton<DialogRouter>();
        return services;
    }
}
