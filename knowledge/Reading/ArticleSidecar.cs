using System.Text.Json;

namespace BriefingBot.Knowledge.Reading;

/// <summary>The optional NAME.json beside NAME.txt: title, published date, source, language.</summary>
internal sealed record ArticleSidecar(string? Title, DateTime? Published, string? Source, string? Language)
{
    public static ArticleSidecar? Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) return null;
        return new ArticleSidecar(Text(root, "title"), Date(root, "published"), Text(root, "source"), Text(root, "language"));
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTime? Date(JsonElement root, string name) =>
        DateTime.TryParse(Text(root, name), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified) : null;
}
