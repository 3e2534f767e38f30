using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Which French agency" is answered only by an organisation the articles call French (invented entities).</summary>
public sealed class NationalOrganisationTests
{
    [Fact]
    public void An_organisation_never_called_by_the_asked_nationality_does_not_fit()
    {
        const string text = "which french agency passed on the tip";
        var check = new ModifiedKindNoun(new Vocabulary());
        var modifiers = check.Of(new UnderstoodMessage(text, text, Intent.Question) { Expected = AnswerKind.Organization, HeadNoun = "agenc" });

        Assert.False(check.Fits(new Entity { Id = 1, Name = "Office for State Protection", Kind = EntityKind.Organization, Descriptions = { "the country's counter-terrorism agency" } }, modifiers));
        Assert.True(check.Fits(new Entity { Id = 2, Name = "Bureau of Vigilance", Kind = EntityKind.Organization, Descriptions = { "a French police agency" } }, modifiers));
    }
}
