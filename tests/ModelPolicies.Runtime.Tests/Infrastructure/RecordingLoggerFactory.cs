using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ModelPolicies.Runtime.Tests.Infrastructure;

/// <summary>A logger factory that keeps every entry, with its category, level, event and structured state.</summary>
internal sealed class RecordingLoggerFactory : ILoggerFactory
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    internal sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, object? State);

    private sealed class Logger : ILogger
    {
        private readonly RecordingLoggerFactory _factory;
        private readonly string _category;

        public Logger(RecordingLoggerFactory factory, string category)
        {
            _factory = factory;
            _category = category;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _factory.Entries.Enqueue(new LogEntry(_category, logLevel, eventId, formatter(state, exception), state));
    }
}
