using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// How the words of a role question beyond the role may be met. A word after "of" names the office itself ("secretary
/// of state") and must be in the role; a nationality ("the Ruritanian minister") must be the person's country; the
/// words of "in (or of) the … case" or "… story" must be what the person's article is about, and so may those of an "of the …" phrase ending
/// the question ("the ringleader of the harbour plot"); any other word must be said where the person is introduced
/// ("the lawyer for the 19-year-old").
/// </summary>
public sealed partial record RoleQuestionWords(IReadOnlySet<string> OfOffice, IReadOnlyDictionary<string, GazetteerPlace> Nationalities, IReadOnlySet<string> Story, IReadOnlySet<string> OfStory)
{
    /// <summary>The nouns that name a story rather than anything in it ("the … case"): the question's frame, met by any article.</summary>
    public static bool IsStoryNoun(string stem) => stem is "case" or "affair" or "investig" or "inquiri" or "probe" or "trial" or "stori";

    /// <summary>Reads the question.</summary>
    public static RoleQuestionWords Of(string normalized)
    {
        var ofOffice = OfPhrase().Matches(normalized).SelectMany(m => TermAnalyzer.Terms(m.Groups["words"].Value)).ToHashSet();
        var nationalities = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => (Word: w, Place: Gazetteer.Default.FindDemonym(w)))
            .Where(p => p.Place is not null)
            .GroupBy(p => TermAnalyzer.Stem(p.Word)).ToDictionary(g => g.Key, g => g.First().Place!);
        var story = StoryPhrase().Matches(normalized).SelectMany(m => TermAnalyzer.Terms(m.Groups["about"].Value)).ToHashSet();
        // Not a story noun alone: "the head of the inquiry" is an office.
        var ofStory = OfStoryPhrase().Matches(normalized).SelectMany(m => TermAnalyzer.Terms(m.Groups["words"].Value)).Where(t => !IsStoryNoun(t)).ToHashSet();
        return new RoleQuestionWords(ofOffice, nationalities, story, ofStory);
    }

    [GeneratedRegex(@"\bof (?<words>(the |a |an )?[a-z'-]+( [a-z'-]+)?)")]
    private static partial Regex OfPhrase();

    [GeneratedRegex(@"\bof the (?<words>[a-z0-9'-]+( [a-z0-9'-]+){0,2})$")]
    private static partial Regex OfStoryPhrase();

    [GeneratedRegex(@"\b(in|on|over|of) the (?<about>([a-z0-9'-]+ ){1,3})(case|affair|investigation|inquiry|probe|trial|story)\b")]
    private static partial Regex StoryPhrase();
}
