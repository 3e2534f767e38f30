namespace BriefingBot.Knowledge.Extraction;

/// <summary>Verbs that introduce what someone said, in any inflection, mapped to their lemma.</summary>
public static class ReportingVerbs
{
    private static readonly string[] Lemmas =
    {
        "say", "warn", "add", "note", "cite", "blast", "label", "report", "tell", "claim", "state", "announce",
        "explain", "insist", "argue", "accuse", "caution", "stress", "declare", "deny", "confirm", "acknowledge",
        "admit", "vow", "pledge", "urge", "call", "describe", "predict", "suggest", "condemn", "criticize",
        "criticise", "praise", "threaten", "write", "testify", "reveal", "allege", "estimate", "assert", "brand",
        "dub", "comment", "remark", "emphasize", "emphasise", "observe", "echo", "reply", "respond", "ask",
    };

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = "say", ["says"] = "say", ["saying"] = "say", ["told"] = "tell", ["wrote"] = "write", ["written"] = "write",
        ["writes"] = "write", ["writing"] = "write", ["denied"] = "deny", ["denies"] = "deny", ["replied"] = "reply",
        ["replies"] = "reply", ["testified"] = "testify", ["testifies"] = "testify", ["labelled"] = "label", ["labelling"] = "label",
        ["criticized"] = "criticize", ["criticised"] = "criticise",
    };

    private static readonly Dictionary<string, string> Forms = BuildForms();

    /// <summary>Verbs that need a following clause or quote to report speech (they also have other senses).</summary>
    public static readonly IReadOnlySet<string> Weak = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "call", "state", "ask", "describe", "echo", "threaten", "write", "report", "estimate", "brand", "dub" };

    /// <summary>The lemma when the word is a reporting verb form, else null.</summary>
    public static string? LemmaOf(string word) => Forms.TryGetValue(word, out var lemma) ? lemma : null;

    private static Dictionary<string, string> BuildForms()
    {
        var forms = new Dictionary<string, string>(Irregular, StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in Lemmas)
        {
            var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
            forms.TryAdd(lemma, lemma);
            forms.TryAdd(lemma + "s", lemma);
            forms.TryAdd(stem + "ed", lemma);
            forms.TryAdd(stem + "ing", lemma);
        }

        return forms;
    }
}
