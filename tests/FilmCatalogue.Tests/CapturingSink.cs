using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace FilmCatalogue.Tests;

/// <summary>A log sink that keeps what a test host logs, for the test to read.</summary>
public sealed class CapturingSink : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
}
