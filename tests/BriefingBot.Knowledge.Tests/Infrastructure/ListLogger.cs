using Microsoft.Extensions.Logging;

namespace BriefingBot.Knowledge.Tests.Infrastructure;

/// <summary>Collects log lines so tests can assert what was reported.</summary>
public sealed class ListLogger : ILogger
{
    private readonly List<(LogLevel Level, string Message)> _lines = new();

    /// <summary>Everything logged so far.</summary>
    public IReadOnlyList<(LogLevel Level, string Message)> Lines { get { lock (_lines) return _lines.ToList(); } }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines) _lines.Add((logLevel, formatter(state, exception)));
    }
}
