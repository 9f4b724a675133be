using System;
using System.Linq;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// Carries Custom APIs into the zip: SolutionPackager keeps them at the same paths in the folder and the zip,
    /// <c>customapis/&lt;uniquename&gt;/customapi.xml</c> with <c>customapirequestparameters/&lt;name&gt;/customapirequestparameter.xml</c>
    /// and <c>customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml</c>, as a real export has them
    /// (Tests/Fixtures/RealExports/ms-issystemadmin-customapi; "CustomAPI tables",
    /// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables). Each file must be XML with its table's root.
    /// </summary>
    internal static class CustomApiParts
    {
        public const string Folder = "customapis";

        public static void Add(PackContext context)
        {
            foreach (var file in context.Folder.Files(Folder, recursive: true))
            {
                var name = file.Substring(file.LastIndexOf('/') + 1);
                var root = name.ToLowerInvariant() switch
                {
                    "customapi.xml" => "customapi",
                    "customapirequestparameter.xml" => "customapirequestparameter",
                    "customapiresponseproperty.xml" => "customapiresponseproperty",
                    _ => null,
                };
                if (root is null)
                {
                    context.Problem(file, "unexpected file in customapis/: expected customapi.xml, customapirequestparameter.xml or customapiresponseproperty.xml");
                    continue;
                }

                var element = context.LoadRoot(file, root);
                if (element is null) continue;
                if (string.IsNullOrWhiteSpace((string?)element.Attribute("uniquename")))
                {
                    context.Problem(file, $"<{root}> has no uniquename attribute");
                    continue;
                }

                context.Parts[file] = context.Folder.Read(file);
            }
        }
    }
}
