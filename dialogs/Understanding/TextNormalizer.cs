using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>Puts a message into the form the intent patterns expect: lower case, plain quotes, single spaces, no closing punctuation.</summary>
public static partial class TextNormalizer
{
    /// <summary>Normalises a message; returns an empty string for whitespace or control characters only.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                _ when char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        var collapsed = Spaces().Replace(builder.ToString(), " ").Trim();
        return collapsed.TrimEnd('?', '!', '.', ' ', ',', ';', ':').Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
