using System.Text.Json;

namespace BriefingBot.Dialogs.Tests.QuestionSuite;

/// <summary>Loads the question suite (tests/data/questions/*.json, copied to the test output) and checks its shape.</summary>
public static class QuestionSuite
{
    /// <summary>Folder of the suite files in the test output.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data", "questions");

    /// <summary>Folder of held-out set <paramref name="number"/> (tests/data/holdout, holdout2, ...): written blind to the dialog
    /// code, from the second on together with a new article it is mostly about, and never tuned on.</summary>
    public static string HeldOutDirectory(int number) =>
        Path.Combine(AppContext.BaseDirectory, "data", number == 1 ? "holdout" : $"holdout{number}");

    /// <summary>Folders of every held-out set in the test output, in number order.</summary>
    public static IEnumerable<string> HeldOutDirectories =>
        Enumerable.Range(1, 100).Select(HeldOutDirectory).TakeWhile(Directory.Exists);

    /// <summary>Folder of every article (bundled and test articles) in the test output.</summary>
    public static string ArticlesDirectory => Path.Combine(AppContext.BaseDirectory, "data", "articles");

    /// <summary>Every case of every suite file in <paramref name="directory"/> (default: the test output copy), ordered by file then file order.</summary>
    public static IReadOnlyList<QuestionSuiteCase> LoadAll(string? directory = null)
    {
        var dir = directory ?? DefaultDirectory;
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"Question suite folder not found: {dir}");
        return Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).SelectMany(LoadFile).ToList();
    }

    /// <summary>The cases of one suite file; throws <see cref="InvalidDataException"/> on a malformed case.</summary>
    public static IReadOnlyList<QuestionSuiteCase> LoadFile(string path)
    {
        var file = JsonSerializer.Deserialize<QuestionSuiteFile>(File.ReadAllText(path))
                   ?? throw new InvalidDataException($"{path}: empty suite file");
        var name = Path.GetFileName(path);
        var cases = file.Cases.Select(c => c with { Source = name }).ToList();
        foreach (var c in cases) Validate(c);
        return cases;
    }

    private static void Validate(QuestionSuiteCase c)
    {
        if (string.IsNullOrWhiteSpace(c.Id)) throw new InvalidDataException($"{c.Source}: a case has no id");
        if (c.Turns.Count == 0) throw new InvalidDataException($"{c.Id}: no turns");
        foreach (var t in c.Turns)
        {
            if (string.IsNullOrWhiteSpace(t.Say)) throw new InvalidDataException($"{c.Id}: a turn says nothing");
            if (t.Refuse == (t.All.Count > 0)) throw new InvalidDataException($"{c.Id}: '{t.Say}' needs exactly one of 'all' or 'refuse'");
            if (t.All.Any(g => g.Count == 0 || g.Any(string.IsNullOrWhiteSpace)))
                throw new InvalidDataException($"{c.Id}: '{t.Say}' has an empty group or alternative");
        }
    }
}
