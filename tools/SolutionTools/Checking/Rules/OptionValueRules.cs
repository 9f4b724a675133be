using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// OPT001: every option value the publisher defines is prefix × 10000 + n (0 ≤ n ≤ 9999) — global choices, local
    /// choices of custom columns, and custom status reasons (values of 10000 and up; lower ones are the platform's).
    /// </summary>
    internal static class OptionValueRules
    {
        public static void Check(CheckContext context)
        {
            if (context.OptionValuePrefix is not { } prefix || prefix is < 10000 or > 99999)
            {
                return; // MAN004 already says why
            }

            long low = prefix * 10000L;
            long high = low + 9999;
            foreach (var option in PublisherOptions(context))
            {
                var text = option.Attribute("value")?.Value;
                if (!long.TryParse(text, out var value) || value < low || value > high)
                {
                    context.Report(option, "customizations.xml", "OPT001", $"option value '{text}' is not {prefix} × 10000 + n ({low}–{high})", $"renumber it to {low} + n, in the order of the model");
                }
            }
        }

        private static IEnumerable<XElement> PublisherOptions(CheckContext context)
        {
            var root = context.Customizations;
            foreach (var option in root.Elements("optionsets").Elements("optionset").Elements("options").Elements("option"))
            {
                yield return option;
            }

            foreach (var attribute in root.Elements("Entities").Elements("Entity").Descendants("attribute"))
            {
                var type = attribute.Element("Type")?.Value;
                var options = attribute.Elements("optionset").Where(o => o.Element("IsGlobal")?.Value != "1").Elements("options").Elements("option");
                if (type == "status")
                {
                    foreach (var option in options.Where(o => long.TryParse(o.Attribute("value")?.Value, out var v) && v >= 10000))
                    {
                        yield return option;
                    }
                }
                else if (type is "picklist" or "multiselectpicklist" && attribute.Element("IsCustomField")?.Value == "1")
                {
                    foreach (var option in options)
                    {
                        yield return option;
                    }
                }
            }
        }
    }
}
