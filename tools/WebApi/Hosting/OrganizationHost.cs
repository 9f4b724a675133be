using System;
using System.Threading;

namespace DataverseFunnel.WebApi.Hosting;

/// <summary>Holds the served org; an import swaps it as a whole, so each request sees one org from start to end.</summary>
internal sealed class OrganizationHost
{
    private readonly object _importGate = new();
    private ServedOrganization _current;

    public OrganizationHost(ServedOrganization initial, TimeProvider clock)
    {
        _current = initial;
        Clock = clock;
    }

    public TimeProvider Clock { get; }

    public ServedOrganization Current => Volatile.Read(ref _current);

    /// <summary>Imports a solution zip through the one import path; imports run one at a time.</summary>
    public ServedOrganization Import(byte[] zip)
    {
        lock (_importGate)
        {
            var next = SolutionImporter.Import(zip, Clock, Current);
            Volatile.Write(ref _current, next);
            return next;
        }
    }
}
