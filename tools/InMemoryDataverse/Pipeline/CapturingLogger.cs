using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>The ILogger served to plugins; each entry lands in the step's captured trace as "[Level] message".</summary>
internal sealed class CapturingLogger : ILogger
{
    private readonly ITracingService _trace;

    public CapturingLogger(ITracingService trace) => _trace = trace;

    public void AddCustomProperty(string propertyName, string propertyValue) => _trace.Trace("[Property] {0}={1}", propertyName, propertyValue);

    public IDisposable BeginScope(string messageFormat, params object[] args) => NoScope.Instance;

    public IDisposable BeginScope<TState>(TState state) => NoScope.Instance;

    public void Execute(string activityName, Action action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties)
    {
        _trace.Trace("[Activity] {0}", activityName);
        action();
    }

    public Task ExecuteAsync(string activityName, Func<Task> action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties)
    {
        _trace.Trace("[Activity] {0}", activityName);
        return action();
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log(LogLevel logLevel, EventId eventId, Exception exception, string message, params object[] args) => Write(logLevel, exception, message, args);
    public void Log(LogLevel logLevel, EventId eventId, string message, params object[] args) => Write(logLevel, null, message, args);
    public void Log(LogLevel logLevel, Exception exception, string message, params object[] args) => Write(logLevel, exception, message, args);
    public void Log(LogLevel logLevel, string message, params object[] args) => Write(logLevel, null, message, args);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter) =>
        Write(logLevel, null, formatter(state, exception), Array.Empty<object>());

    public void LogCritical(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Critical, exception, message, args);
    public void LogCritical(EventId eventId, string message, params object[] args) => Write(LogLevel.Critical, null, message, args);
    public void LogCritical(Exception exception, string message, params object[] args) => Write(LogLevel.Critical, exception, message, args);
    public void LogCritical(string message, params object[] args) => Write(LogLevel.Critical, null, message, args);
    public void LogDebug(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Debug, exception, message, args);
    public void LogDebug(EventId eventId, string message, params object[] args) => Write(LogLevel.Debug, null, message, args);
    public void LogDebug(Exception exception, string message, params object[] args) => Write(LogLevel.Debug, exception, message, args);
    public void LogDebug(string message, params object[] args) => Write(LogLevel.Debug, null, message, args);
    public void LogError(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Error, exception, message, args);
    public void LogError(EventId eventId, string message, params object[] args) => Write(LogLevel.Error, null, message, args);
    public void LogError(Exception exception, string message, params object[] args) => Write(LogLevel.Error, exception, message, args);
    public void LogError(string message, params object[] args) => Write(LogLevel.Error, null, message, args);
    public void LogInformation(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Information, exception, message, args);
    public void LogInformation(EventId eventId, string message, params object[] args) => Write(LogLevel.Information, null, message, args);
    public void LogInformation(Exception exception, string message, params object[] args) => Write(LogLevel.Information, exception, message, args);
    public void LogInformation(string message, params object[] args) => Write(LogLevel.Information, null, message, args);
    public void LogTrace(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Trace, exception, message, args);
    public void LogTrace(EventId eventId, string message, params object[] args) => Write(LogLevel.Trace, null, message, args);
    public void LogTrace(Exception exception, string message, params object[] args) => Write(LogLevel.Trace, exception, message, args);
    public void LogTrace(string message, params object[] args) => Write(LogLevel.Trace, null, message, args);
    public void LogWarning(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Warning, exception, message, args);
    public void LogWarning(EventId eventId, string message, params object[] args) => Write(LogLevel.Warning, null, message, args);
    public void LogWarning(Exception exception, string message, params object[] args) => Write(LogLevel.Warning, exception, message, args);
    public void LogWarning(string message, params object[] args) => Write(LogLevel.Warning, null, message, args);

    private void Write(LogLevel level, Exception? exception, string message, object[] args)
    {
        var text = args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, message, args) : message;
        _trace.Trace(exception is null ? "[{0}] {1}" : "[{0}] {1} ({2})", level, text, exception?.Message ?? string.Empty);
    }

    private sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose()
        {
        }
    }
}
