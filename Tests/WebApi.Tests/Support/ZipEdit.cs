using System;
using System.IO;
using System.IO.Compression;
using System.Xml.Linq;

namespace DataverseFunnel.WebApi.Tests.Support;

/// <summary>A copy of a solution zip with its customizations.xml edited (and, optionally, parts added).</summary>
internal static class ZipEdit
{
    public static byte[] Customize(byte[] zip, Action<XDocument, ZipArchive> edit)
    {
        using var buffer = new MemoryStream();
        buffer.Write(zip);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("customizations.xml")!;
            XDocument customizations;
            using (var stream = entry.Open()) customizations = XDocument.Load(stream);
            entry.Delete();
            edit(customizations, archive);
            using var output = archive.CreateEntry("customizations.xml").Open();
            customizations.Save(output);
        }

        return buffer.ToArray();
    }
}
