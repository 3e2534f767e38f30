using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Tests.Infrastructure;

/// <summary>The described-entity finder and its collaborators, wired by hand as the service container wires them.</summary>
public static class DescribedEntities
{
    /// <summary>A finder over the knowledge, with the embedded vocabulary alone.</summary>
    public static DescribedEntityFinder Finder(IBriefingKnowledge knowledge)
    {
        var vocabulary = new Vocabulary();
        var words = new EntityWordIndex(knowledge);
        return new DescribedEntityFinder(knowledge, new NameBeginnings(words, vocabulary), new NounDescriptions(words, vocabulary, knowledge), words);
    }
}
