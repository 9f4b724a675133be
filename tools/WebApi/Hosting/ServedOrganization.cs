using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory;
using DataverseFunnel.WebApi.Model;

namespace DataverseFunnel.WebApi.Hosting;

/// <summary>The org the server answers from, with the Web API's view of its metadata. Replaced as a whole by an import.</summary>
internal sealed record ServedOrganization(InMemoryOrganization Org, WebApiModel Model, string? SolutionName)
{
    /// <summary>The same org with its Web API model rebuilt, after Custom APIs were registered on it in code (tests, hosts).</summary>
    public ServedOrganization WithCurrentCustomApis() => this with { Model = new WebApiModel(Org.Metadata, Model.Surface, Org.CustomApis) };

    /// <summary>The plugin assemblies the imported solution declares (its steps are the org's registered steps).</summary>
    public IReadOnlyList<PluginAssemblyRow> PluginAssemblies { get; init; } = Array.Empty<PluginAssemblyRow>();
}
