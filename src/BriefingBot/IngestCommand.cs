using BriefingBot.Knowledge;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Store;

namespace BriefingBot;

/// <summary>`ingest [--articles DIR] [--store FILE]`: builds the knowledge store and prints a report.</summary>
public static class IngestCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        if (!TryParse(args, out var options, out var error))
        {
            output.WriteLine($"ingest: {error}");
            output.WriteLine("usage: ingest [--articles DIR] [--store FILE]");
            return 2;
        }

        options = options.Resolve(Directory.GetCurrentDirectory());
        if (!Directory.Exists(options.ArticlesPath))
        {
            output.WriteLine($"ingest: articles folder not found: {options.ArticlesPath}");
            return 1;
        }

        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            KnowledgeBuilder.WarmUp();
            var outcome = new KnowledgeStore(new WriterLogger(output)).Ensure(options.ArticlesPath, options.StorePath, force: true);
            var k = outcome.Knowledge;
            if (k.Articles.Count == 0)
            {
                output.WriteLine($"ingest: no readable article in {options.ArticlesPath}");
                return 1;
            }

            output.WriteLine($"store:      {options.StorePath}");
            output.WriteLine($"articles:   {k.Articles.Count} ({outcome.Skipped.Count} skipped)");
            output.WriteLine($"sentences:  {k.Sentences.Count}");
            output.WriteLine($"entities:   {k.Entities.Count} ({string.Join(", ", k.Entities.GroupBy(e => e.Kind).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"))})");
            output.WriteLine($"mentions:   {k.Mentions.Count}");
            output.WriteLine($"statements: {k.Statements.Count}");
            output.WriteLine($"dates:      {k.Times.Count}");
            output.WriteLine($"quantities: {k.Quantities.Count}");
            output.WriteLine($"facts:      {k.Facts.Count}");
            output.WriteLine($"time:       {started.ElapsedMilliseconds} ms");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            output.WriteLine($"ingest: failed: {e.Message}");
            return 1;
        }
    }

    private static bool TryParse(string[] args, out KnowledgeOptions options, out string error)
    {
        options = new KnowledgeOptions();
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--")) { error = $"missing value for {args[i]}"; return false; }
            switch (args[i])
            {
                case "--articles": options.ArticlesPath = args[++i]; break;
                case "--store": options.StorePath = args[++i]; break;
                default: error = $"unknown option {args[i]}"; return false;
            }
        }

        return true;
    }

    private sealed class WriterLogger(TextWriter output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) output.WriteLine($"{logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}");
        }
    }
}
