namespace BriefingBot.Knowledge.Text;

/// <summary>Length-preserving normalisation: curly quotes and apostrophes become straight ones, so offsets still point into the original.</summary>
public static class TextNormalizer
{
    /// <summary>Returns the text with typographic quotes replaced one-for-one by ASCII quotes.</summary>
    public static string Straighten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2013' or '\u2014' => '-',
                '\u00A0' => ' ',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    /// <summary>True for an opening double quote (typographic or, by position, straight).</summary>
    public static bool IsOpeningQuote(string original, int index) =>
        original[index] == '\u201C' || (original[index] == '"' && (index == 0 || !char.IsLetterOrDigit(original[index - 1]) && original[index - 1] != '.' && original[index - 1] != ','));
}
