using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The question's words that a scene place (<see cref="AskedScenes"/>) modifies after "the": "the Tarnby suspects",
/// "during the Tarnby water ban", "the Tarnby bridge collapse". The place names the story, and its phrase is the
/// question's name for the story's thing, which the answering sentence may call otherwise ("the engineer", "the order").
/// A title ("the Tarnby mayor") ends the phrase: a role must stand in the sentence.
/// </summary>
public static partial class ScenePhrase
{
    [GeneratedRegex(@"\G[\s]+([a-z0-9'’-]+)")]
    private static partial Regex NextWord();

    /// <summary>The analysed terms of the phrases after the question's scene places.</summary>
    public static HashSet<string> TermsIn(UnderstoodMessage message)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var scenes = AskedScenes.Of(message);
        var lower = message.Original.ToLowerInvariant();
        foreach (var match in message.Entities.Where(m => scenes.Contains(m.Entity.Id) && m.Start >= 4 && m.Start + m.Length <= lower.Length))
        {
            if (!lower[..match.Start].EndsWith("the ", StringComparison.Ordinal)) continue;
            var words = new List<string>();
            for (var next = NextWord().Match(lower, match.Start + match.Length); next.Success && words.Count < 3; next = NextWord().Match(lower, next.Index + next.Length))
            {
                var word = next.Groups[1].Value;
                if (StoryPhrase.Ends.Contains(word) || Lexicon.IsTitleWord(word)) break;
                words.Add(word);
            }

            terms.UnionWith(TermAnalyzer.Terms(string.Join(' ', words)));
        }

        return terms;
    }
}
