using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>A root component the packer adds to solution.xml (generated plugin assembly and steps).</summary>
    internal sealed record RootComponent(int Type, string? Id, string? SchemaName)
    {
        public XElement ToXml()
        {
            var element = new XElement("RootComponent", new XAttribute("type", Type));
            if (Id is not null)
            {
                element.Add(new XAttribute("id", "{" + Id + "}"));
            }

            if (SchemaName is not null)
            {
                element.Add(new XAttribute("schemaName", SchemaName));
            }

            element.Add(new XAttribute("behavior", 0));
            return element;
        }
    }

    /// <summary>Turns Other/Solution.xml into the packed solution.xml: unmanaged, plus the generated root components.</summary>
    internal static class ManifestEditor
    {
        public static void Apply(XElement manifest, IReadOnlyList<RootComponent> generated)
        {
            // We ship unmanaged: an unpacked "both" folder says 2, which is not a valid value inside a zip.
            var managed = manifest.Element("Managed");
            if (managed is null)
            {
                manifest.Element("Version")?.AddAfterSelf(new XElement("Managed", 0));
            }
            else
            {
                managed.Value = "0";
            }

            if (generated.Count == 0)
            {
                return;
            }

            var roots = manifest.Element("RootComponents");
            if (roots is null)
            {
                roots = new XElement("RootComponents");
                var publisher = manifest.Element("Publisher");
                if (publisher is null)
                {
                    manifest.Add(roots);
                }
                else
                {
                    publisher.AddAfterSelf(roots);
                }
            }

            foreach (var component in generated)
            {
                var key = ComponentIndex.Key(component.Id);
                roots.Elements("RootComponent")
                    .Where(r => (int?)r.Attribute("type") == component.Type && ComponentIndex.RootKey(r, component.Type) == key)
                    .Remove();
                // Exports sort root components by type: a generated one goes before the first of a higher type (e.g. 380).
                var later = roots.Elements("RootComponent").FirstOrDefault(r => (int?)r.Attribute("type") > component.Type);
                if (later is null)
                {
                    roots.Add(component.ToXml());
                }
                else
                {
                    later.AddBeforeSelf(component.ToXml());
                }
            }
        }
    }
}
