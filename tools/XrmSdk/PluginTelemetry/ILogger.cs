using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Microsoft.Xrm.Sdk.PluginTelemetry
{
    /// <summary>Represents a type used to perform logging (Application Insights telemetry from plug-ins).</summary>
    public interface ILogger
    {
        /// <summary>For internal use only.</summary>
        void AddCustomProperty(string propertyName, string propertyValue);

        /// <summary>Begins a logical operation scope.</summary>
        IDisposable BeginScope(string messageFormat, params object[] args);

        /// <summary>Begins a logical operation scope.</summary>
        IDisposable BeginScope<TState>(TState state);

        /// <summary>For internal use only.</summary>
        void Execute(string activityName, Action action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties);

        /// <summary>For internal use only.</summary>
        Task ExecuteAsync(string activityName, Func<Task> action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties);

        /// <summary>Checks if the given LogLevel is enabled.</summary>
        bool IsEnabled(LogLevel logLevel);

        /// <summary>Writes a log entry.</summary>
        void Log(LogLevel logLevel, EventId eventId, Exception exception, string message, params object[] args);

        /// <summary>Writes a log entry.</summary>
        void Log(LogLevel logLevel, EventId eventId, string message, params object[] args);

        /// <summary>Writes a log entry.</summary>
        void Log(LogLevel logLevel, Exception exception, string message, params object[] args);

        /// <summary>Writes a log entry.</summary>
        void Log(LogLevel logLevel, string message, params object[] args);

        /// <summary>Writes a log entry.</summary>
        void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter);

        /// <summary>Formats and writes a critical log message.</summary>
        void LogCritical(EventId eventId, Exception exception, string message, params object[] args);
        /// <summary>Formats and writes a critical log message.</summary>
        void LogCritical(EventId eventId, string message, params object[] args);
        /// <summary>Formats and writes a critical log message.</summary>
        void LogCritical(Exception exception, string message, params object[] args);
        /// <summary>Formats and writes a critical log message.</summary>
        void LogCritical(string message, params object[] args);

        /// <summary>Formats and writes a debug log message.</summary>
        void LogDebug(EventId eventId, Exception exception, string message, params object[] args);
        /// <summary>Formats and writes a debug log message.</summary>
        void LogDebug(EventId eventId, string message, params object[] args);
        /// <summary>Formats and writes a debug log message.</summary>
        void LogDebug(Exception exception, string message, params object[] args);
        /// <summary>Formats and writes a debug log message.</summary>
        void LogDebug(string message, params object[] args);

        /// <summary>Formats and writes an error log message.</summary>
        void LogError(EventId eventId, Exception exception, string message, params object[] args);
        /// <summary>Formats and writes an error log message.</summary>
        void LogError(EventId eventId, string message, params object[] args);
        /// <summary>Formats and writes an error log message.</summary>
        void LogError(Exception exception, string message, params object[] args);
        /// <summary>Formats and writes an error log message.</summary>
        void LogError(string message, params object[] args);

        /// <summary>Formats and writes an informational log message.</summary>
        void LogInformation(EventId eventId, Exception exception, string message, params object[] args);
        /// <summary>Formats and writes an informational log message.</summary>
        void LogInformation(EventId eventId, string message, params object[] args);
        /// <summary>Formats and writes an informational log message.</summary>
        void LogInformation(Exception exception, string message, params object[] args);
        /// <summary>Formats and writes an informational log message.</summary>
        void LogInformation(string message, params object[] args);

        /// <summary>Formats and writes a trace log message.</summary>
        void LogTrace(EventId eventId, Exception exception, string message, params object[] args);
        /// <summary>Formats and writes a trace log message.</summary>
        void LogTrace(EventId eventId, string message, params object[] args);
        /// <summary>Formats and writes a trace log message.</summary>
        void LogTrace(Exception exception, string message, params object[] args);
        /// <summary>Formats and writes a trace log message.</summary>
        void LogTrace(string message, params object[] args);

        /// <summary>Formats and writes a warning log message.</summary>
        void LogWarning(EventId eventId, Exception exception, string message, params object[] args);
        /// <summary>Formats and writes a warning log message.</summary>
        void LogWarning(EventId eventId, string message, params object[] args);
        /// <summary>Formats and writes a warning log message.</summary>
        void LogWarning(Exception exception, string message, params object[] args);
        /// <summary>Formats and writes a warning log message.</summary>
        void LogWarning(string message, params object[] args);
    }
}
