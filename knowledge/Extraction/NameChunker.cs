namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Finds runs of capitalised words (with inner particles "al", "bin", and "of") that may be names. Sentence-opening
/// function words, months and weekdays are not names, nor is a chunk that is
/// only a holiday or season (<see cref="CalendarNames"/>) or only number words ("— Three surveyors …"); an acronym bracket ("[NSP]") or parenthesis ends a run.
/// "Chief Inspector Jane Roe of the Coastal Agency" is two chunks, the titled person and the owner (<see cref="TitledNameOwner"/>).
/// </summary>
public static class NameChunker
{
    private static readonly HashSet<string> Calendar = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i",
    };

    /// <summary>Name chunks of a tokenised sentence.</summary>
    public static IReadOnlyList<NameChunk> Chunk(IReadOnlyList<Token> tokens)
    {
        var chunks = new List<NameChunk>();
        var current = new List<Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Text is "[" or "]" && !IsAcronymBracket(tokens, i)) continue;
            if (t.Text == "." && current.Count > 0 && Lexicon.DottedTitles.Contains(current[^1].Text)) continue;
            if (IsNameWord(tokens, i))
            {
                if (IsCompound(t) && current.Count > 0) Flush(chunks, current);
                current.Add(t);
                if (t.IsPossessive || IsCompound(t)) Flush(chunks, current);
                continue;
            }

            if (current.Count > 0 && IsConnector(tokens, i)) { current.Add(t); continue; }
            Flush(chunks, current);
        }

        Flush(chunks, current);
        return chunks;
    }

    /// <summary>True when the token opens a sentence or a quote, so its capital says nothing.</summary>
    public static bool IsClauseStart(IReadOnlyList<Token> tokens, int i)
    {
        var prev = PreviousWordOrMark(tokens, i);
        return prev < 0 || tokens[prev].Text is "\"" or ":" or "(" or "'" or ";" or "." or "!" or "?";
    }

    private static bool IsNameWord(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsWord) return false;
        if (Lexicon.NameParticles.Contains(t.Text) && !t.IsCapitalized) return NextWord(tokens, i) is { } n && tokens[n].IsCapitalized && PreviousWordOrMark(tokens, i) is var p && p >= 0 && tokens[p].IsCapitalized;
        if (!t.IsCapitalized || Calendar.Contains(t.Core)) return false;
        // "LERWICK — A trawler …": the words "A" and "I" name nothing, wherever they stand (an initial such as "Ivo T." still does).
        if (t.Text is "A" or "I") return false;
        // "X-rayed", "U-turn", "T-shirt": one capital letter before a hyphen is a shape, not a name.
        if (t.Core.Length > 2 && t.Core[1] == '-' && char.IsLower(t.Core[2])) return false;
        if (IsClauseStart(tokens, i) && !t.IsAcronym)
        {
            var lower = t.Lower;
            if (Text.StopWords.Contains(lower) || (Lexicon.SentenceOpeners.Contains(lower) && !OpensTitle(tokens, i)) || lower.EndsWith("ing") || lower.EndsWith("ly")) return false;
            // "Fisherman Jane Roe said …": a person noun opening the sentence before a name is no part of it.
            if (PersonNouns.IsPersonNoun(lower) && NextWord(tokens, i) is { } n && tokens[n].IsCapitalized && !Lexicon.IsTitleWord(lower)) return false;
        }

        return !char.IsDigit(t.Text[0]);
    }

    /// <summary>"Police Commander …" opening a sentence: an organisation word before a capitalised title is part of the title.</summary>
    private static bool OpensTitle(IReadOnlyList<Token> tokens, int i) =>
        Lexicon.OrganizationWords.Contains(tokens[i].Lower) && NextWord(tokens, i) is { } n && RoleSplitter.IsTitle(tokens[n]);

    private static bool IsConnector(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Lower is not ("of" or "the")) return false;
        if (t.Lower == "the" && tokens[i - 1].Lower != "of") return false;
        var next = NextWord(tokens, i);
        return next is { } n && (tokens[n].IsCapitalized || tokens[n].Lower == "the") && !IsCompound(tokens[i - 1]);
    }

    private static bool IsCompound(Token t) => NameText.NameCore(t) != t.Core;

    private static bool IsAcronymBracket(IReadOnlyList<Token> tokens, int i)
    {
        var open = tokens[i].Text == "[" ? i : Enumerable.Range(0, i).Reverse().FirstOrDefault(j => tokens[j].Text == "[", -1);
        if (open < 0) return false;
        for (var j = open + 1; j < tokens.Count && tokens[j].Text != "]"; j++)
        {
            if (!tokens[j].IsAcronym && tokens[j].Text != "/") return false;
        }

        return true;
    }

    private static int? NextWord(IReadOnlyList<Token> tokens, int i)
    {
        for (var j = i + 1; j < tokens.Count; j++)
        {
            if (tokens[j].Text is "[" or "]") continue;
            return tokens[j].IsWord ? j : null;
        }

        return null;
    }

    private static int PreviousWordOrMark(IReadOnlyList<Token> tokens, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (tokens[j].Text is not ("[" or "]")) return j;
        }

        return -1;
    }

    private static void Flush(List<NameChunk> chunks, List<Token> current)
    {
        while (current.Count > 0 && !current[^1].IsCapitalized) current.RemoveAt(current.Count - 1);
        if (TitledNameOwner.OfIndex(current) is var of and > 0)
        {
            var owner = current.Skip(of + 1).SkipWhile(t => t.Lower == "the").ToList();
            current.RemoveRange(of, current.Count - of);
            Flush(chunks, current);
            current.AddRange(owner);
        }

        if (current.Count > 0 && !CalendarNames.Contains(NameText.Join(current)) && !current.All(t => Lexicon.NumberWords.Contains(t.Core))) chunks.Add(new NameChunk(current.ToList()));
        current.Clear();
    }
}
