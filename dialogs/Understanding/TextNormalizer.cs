using System.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>Puts a message into the form the intent patterns expect: lower case, plain quotes, single spaces, no closing punctuation.</summary>
public static class TextNormalizer
{
    /// <summary>Normalises a message; returns an empty string for whitespace or control characters only.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            var mapped = c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                _ when char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format => ' ',
                _ => char.ToLowerInvariant(c),
            };
            if (mapped != ' ' || (builder.Length > 0 && builder[^1] != ' ')) builder.Append(mapped);
        }

        return builder.ToString().TrimEnd('?', '!', '.', ' ', ',', ';', ':').Trim();
    }
}
