using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>Keeps a step's trace lines so tests (and fault TraceText) can read them.</summary>
internal sealed class CapturingTracingService : ITracingService
{
    private List<string>? _lines;

    public IReadOnlyList<string> Lines => (IReadOnlyList<string>?)_lines ?? System.Array.Empty<string>();

    public void Trace(string format, params object[] args)
    {
        var line = args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format;
        (_lines ??= new List<string>()).Add(line);
    }

    public override string ToString() => _lines is null ? string.Empty : string.Join(System.Environment.NewLine, _lines);
}
