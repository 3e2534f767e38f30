using System.Text.Json;

namespace BriefingBot.Dialogs.Tests.QuestionSuite;

/// <summary>Loads the question suite (tests/data/questions/*.json, copied to the test output) and checks its shape.</summary>
public static class QuestionSuite
{
    /// <summary>Folder of the suite files in the test output.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data", "questions");

    /// <summary>Folder of the held-out set (tests/data/holdout), written blind to the dialog code and never tuned on.</summary>
    public static string HoldoutDirectory => Path.Combine(AppContext.BaseDirectory, "data", "holdout");

    /// <summary>Folder of the second held-out set (tests/data/holdout2), written blind with a fifth article it is mostly about.</summary>
    public static string SecondHoldoutDirectory => Path.Combine(AppContext.BaseDirectory, "data", "holdout2");

    /// <summary>Folder of the third held-out set (tests/data/holdout3), written blind with a sixth article it is mostly about.</summary>
    public static string ThirdHoldoutDirectory => Path.Combine(AppContext.BaseDirectory, "data", "holdout3");

    /// <summary>Folder of the fourth held-out set (tests/data/holdout4), written blind with a seventh article it is mostly about.</summary>
    public static string FourthHoldoutDirectory => Path.Combine(AppContext.BaseDirectory, "data", "holdout4");

    /// <summary>Folder of the fifth held-out set (tests/data/holdout5), written blind with an eighth article it is mostly about.</summary>
    public static string FifthHoldoutDirectory => Path.Combine(AppContext.BaseDirectory, "data", "holdout5");

    /// <summary>Folder of the sixth held-out set (tests/data/holdout6), written blind with a ninth article it is mostly about.</summary>
    public static string SixthHoldoutDirectory => Path.Combine(AppContext.BaseDirectory, "data", "holdout6");

    /// <summary>Folder of the seventh held-out set (tests/data/holdout7), written blind with a tenth article it is mostly about.</summary>
    public static string SeventhHoldoutDirectory => Path.Combine(AppContext.BaseDirectory, "data", "holdout7");

    /// <summary>Folder of the eighth held-out set (tests/data/holdout8), written blind with an eleventh article it is mostly about.</summary>
    public static string EighthHoldoutDirectory => Path.Combine(AppContext.BaseDirectory, "data", "holdout8");

    /// <summary>Folder of the ninth held-out set (tests/data/holdout9), written blind with a twelfth article it is mostly about.</summary>
    public static string NinthHoldoutDirectory => Path.Combine(AppContext.BaseDirectory, "data", "holdout9");

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
