namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// An age set off by commas right after a name: "NAME, 36, said …", "NAME, 41, director of …", "Ola R., 41, and …".
/// </summary>
public static class ApposedAge
{
    private const int Oldest = 110;

    /// <summary>The index of the token closing the age after the name (",", ".", ";" or "and"), or null when no age follows.</summary>
    public static int? CloseAfter(IReadOnlyList<Token> tokens, NameChunk name)
    {
        var i = name.Last + 1;
        if (i < tokens.Count && tokens[i].Text == ".") i++;
        return i + 2 < tokens.Count && tokens[i].Text == "," && tokens[i + 2].Text is "," or "." or ";" or "and" && IsAge(tokens[i + 1].Text) ? i + 2 : null;
    }

    /// <summary>True for a whole number a person's age can be (1 to 110), written in digits.</summary>
    public static bool IsAge(string number) => number.All(char.IsDigit) && int.TryParse(number, out var age) && age is >= 1 and <= Oldest;
}
