namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// A role said with a verb in a who-clause right after a name: "NAME, who heads the Centre for X (CX) at Y University,
/// said" gives NAME the role "head of the Centre for X" (also leads/runs/chairs/commands/directs/manages/oversees,
/// present or past). The object must be definite ("the", "its" or a name); an indefinite one ("who runs a cafe") is no
/// office. The office is of the object's own noun phrase: a bracketed acronym is left out and a phrase that places it
/// in a larger body is cut ("who leads the inquiry for the X Department" → "leader of the inquiry"). A unit of an owner
/// named in the possessive is kept whole ("who heads Delta's patrol team" → "head of Delta's patrol team", tied to
/// Delta): the dialogs tell its head from the head of Delta (<c>RoleUnits</c>).
/// </summary>
public static class VerbRoles
{
    private const int MaxWords = 12;

    private static readonly Dictionary<string, string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["heads"] = "head", ["headed"] = "head", ["leads"] = "leader", ["led"] = "leader",
        ["runs"] = "head", ["ran"] = "head", ["chairs"] = "chair", ["chaired"] = "chair",
        ["commands"] = "commander", ["commanded"] = "commander", ["directs"] = "director", ["directed"] = "director",
        ["manages"] = "manager", ["managed"] = "manager", ["oversees"] = "head", ["oversaw"] = "head",
    };

    /// <summary>The role text and the tokens of its object ("head of the X Unit"), or null.</summary>
    public static (string Role, IReadOnlyList<Token> Object)? Find(IReadOnlyList<Token> tokens, NameChunk name)
    {
        var i = ApposedAge.CloseAfter(tokens, name) ?? name.Last + 1;
        if (i + 3 >= tokens.Count || tokens[i].Text != "," || tokens[i + 1].Lower != "who") return null;
        var verb = tokens[i + 2].Lower == "now" ? i + 3 : i + 2;
        if (!Offices.TryGetValue(tokens[verb].Lower, out var office) || verb + 1 >= tokens.Count || !IsDefinite(tokens[verb + 1])) return null;
        var words = new List<Token>();
        for (var j = verb + 1; j < tokens.Count && tokens[j].Text is not ("," or "." or ";" or ":" or "\""); j++)
        {
            // "the Centre for X (CX) at Y": the bracket is left out and the phrase after it kept.
            if (tokens[j].Text == "(" && j + 2 < tokens.Count && tokens[j + 1].IsAcronym && tokens[j + 2].Text == ")") { j += 2; continue; }
            if (IsPrepositionOutsideName(tokens, j)) break;
            // "Delta's patrol team": a possessive owner must be followed by its unit.
            if (!tokens[j].IsWord || (tokens[j].IsPossessive && !IsWordAfter(tokens, j)) || words.Count == MaxWords) return null;
            words.Add(tokens[j]);
        }

        return words.Count == 0 ? null : ($"{office} of {string.Join(" ", words.Select(t => t.Text))}", words);
    }

    private static bool IsWordAfter(IReadOnlyList<Token> tokens, int j) => j + 1 < tokens.Count && tokens[j + 1].IsWord;

    private static bool IsDefinite(Token first) => first.Lower is "the" or "its" or "their" || first.IsCapitalized;

    /// <summary>"for" of "the inquiry for the X Department" and "at" of "the X Centre at Y University", not "for" of "Centre for Tarnby Security".</summary>
    private static bool IsPrepositionOutsideName(IReadOnlyList<Token> tokens, int j) =>
        tokens[j].Lower is "for" or "at" or "in" or "on" or "with" or "from" or "to" or "across" or "into"
        && !(tokens[j].Lower == "for" && tokens[j - 1].IsCapitalized && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized);
}
