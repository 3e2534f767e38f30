using System.Security.Cryptography;
using System.Text;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Reading;

/// <summary>
/// Reads every NAME.txt in a folder with its optional NAME.json sidecar. Without a sidecar the first non-empty
/// line is the title and the file date the publication date. Unreadable or empty articles are skipped and reported.
/// </summary>
public static class ArticleReader
{
    /// <summary>Reads the folder; a missing folder gives no articles.</summary>
    public static ArticleReadResult ReadFolder(string folder)
    {
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder)) return new ArticleReadResult(Array.Empty<Article>(), Array.Empty<string>());
        var articles = new List<Article>();
        var skipped = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            try
            {
                var article = Read(file);
                if (article is null) skipped.Add($"{Path.GetFileName(file)}: empty");
                else articles.Add(article);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or DecoderFallbackException)
            {
                skipped.Add($"{Path.GetFileName(file)}: unreadable ({e.Message})");
            }
        }

        return new ArticleReadResult(articles, skipped);
    }

    /// <summary>Reads one article; null when its text is empty.</summary>
    public static Article? Read(string textFile)
    {
        var text = File.ReadAllText(textFile, new UTF8Encoding(false, true)).Replace("\r\n", "\n");
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sidecarFile = Path.ChangeExtension(textFile, ".json");
        var sidecarJson = File.Exists(sidecarFile) ? File.ReadAllText(sidecarFile) : null;
        var sidecar = sidecarJson is null ? null : ArticleSidecar.Parse(sidecarJson);
        return new Article
        {
            Id = Path.GetFileNameWithoutExtension(textFile),
            Title = string.IsNullOrWhiteSpace(sidecar?.Title) ? FirstLine(text) : sidecar.Title.Trim(),
            Published = sidecar?.Published ?? File.GetLastWriteTime(textFile).Date,
            Source = sidecar?.Source,
            Language = string.IsNullOrWhiteSpace(sidecar?.Language) ? "en" : sidecar.Language,
            Text = text,
            ContentHash = Hash(text + "\u0000" + sidecarJson),
        };
    }

    private static string FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);

    private static string Hash(string content) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
