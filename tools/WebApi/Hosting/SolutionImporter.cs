using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Solutions;
using DataverseFunnel.Plugins;
using DataverseFunnel.SolutionTools.Plugins;
using DataverseFunnel.WebApi.Model;

namespace DataverseFunnel.WebApi.Hosting;

/// <summary>
/// The one import path (start-up, ImportSolution and ImportSolutionAsync): the zip's tables from customizations.xml,
/// its environment variable definitions, its Custom APIs from customapis/ and its steps from the SdkMessageProcessingStep
/// entries (both bound to our plugin assembly; the APIs first, so steps can be registered on their messages), its flows
/// and web resources.
/// The org's metadata is frozen, so an import builds a new org and carries the rows of the previous one over.
/// </summary>
internal static class SolutionImporter
{
    /// <summary>A bare org: core tables only, nothing imported.</summary>
    public static ServedOrganization Empty(TimeProvider clock)
    {
        var org = new InMemoryOrganization(MetadataModel.CoreOnly(), Options(clock));
        return new ServedOrganization(org, new WebApiModel(org.Metadata, SolutionSurface.Empty), null);
    }

    /// <summary>Imports the zip into a new org; throws <see cref="InvalidDataException"/> with one clear line when the zip is not a solution.</summary>
    public static ServedOrganization Import(byte[] zip, TimeProvider clock, ServedOrganization? previous = null)
    {
        var path = Path.Combine(Path.GetTempPath(), "dataversefunnel-serve-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            File.WriteAllBytes(path, zip);
            XDocument customizations;
            SolutionSurface surface;
            string? name;
            using (var archive = OpenZip(path))
            {
                customizations = LoadXml(archive, "customizations.xml");
                name = LoadXml(archive, "solution.xml").Root?.Element("SolutionManifest")?.Element("UniqueName")?.Value.Trim();
                surface = SolutionSurface.Read(customizations, part => ReadPart(archive, part));
            }

            var metadata = SolutionMetadataReader.Read(path);
            var steps = PackedStepReader.FromZip(path);
            var org = new InMemoryOrganization(metadata, Options(clock));
            org.Seed(SolutionEnvironmentVariables.Read(path));
            org.RegisterCustomApis(CustomApiReader.FromZip(path), typeof(PluginBase).Assembly);
            org.RegisterSteps(steps, typeof(PluginBase).Assembly);
            if (previous is not null) CarryOver(previous.Org, org);
            return new ServedOrganization(org, new WebApiModel(metadata, surface, org.CustomApis), name) { PluginAssemblies = PluginAssemblyRow.Read(customizations) };
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException or DataverseFunnel.Registration.StepRegistrationException)
        {
            throw new InvalidDataException($"not a solution zip: {e.Message}", e);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static InMemoryOrganizationOptions Options(TimeProvider clock) =>
        new() { Clock = clock, Ids = new RandomIdGenerator(), MaxAuditEntries = 0 };

    /// <summary>Rows of the old org's tables that the new org also has keep their ids (platform rows are already seeded).</summary>
    private static void CarryOver(InMemoryOrganization from, InMemoryOrganization to)
    {
        foreach (var table in from.Metadata.Tables)
        {
            if (to.Metadata.FindTable(table.LogicalName) is null) continue;
            var rows = new List<Microsoft.Xrm.Sdk.Entity>();
            foreach (var row in from.All(table.LogicalName))
            {
                if (to.Peek(table.LogicalName, row.Id) is null) rows.Add(row);
            }

            if (rows.Count > 0) to.Seed(rows.ToArray());
        }
    }

    private static ZipArchive OpenZip(string path)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException("the file is not a zip archive", e);
        }
    }

    private static XDocument LoadXml(ZipArchive archive, string name)
    {
        var entry = archive.GetEntry(name) ?? throw new InvalidDataException($"the zip has no {name} at its root");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static byte[]? ReadPart(ZipArchive archive, string part)
    {
        var entry = archive.GetEntry(part);
        if (entry is null) return null;
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
