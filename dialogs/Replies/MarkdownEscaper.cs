using System.Text;

namespace BriefingBot.Dialogs.Replies;

/// <summary>Escapes the Markdown that channels would otherwise interpret, so text is shown exactly as written.</summary>
public static class MarkdownEscaper
{
    private const string Special = "\\`*_{}[]()#+!|<>~";

    /// <summary>The text with Markdown and HTML characters escaped; <paramref name="italic"/> wraps it in emphasis.</summary>
    public static string Escape(string text, bool italic = false)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c)) builder.Append('\\');
            builder.Append(c);
        }

        return italic ? $"_{builder}_" : builder.ToString();
    }
}
