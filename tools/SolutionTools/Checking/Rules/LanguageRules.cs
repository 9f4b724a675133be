using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// LANG001: every language a label is written in is listed in customizations.xml's &lt;Languages&gt;. Every real export
    /// we hold lists the environment's enabled languages there, a superset of its label languages (reference notes,
    /// real-export-shapes); what import does with a label in an unlisted language is undocumented, hence a warning.
    /// </summary>
    internal static class LanguageRules
    {
        private const string File = "customizations.xml";

        public static void Check(CheckContext context)
        {
            var languages = context.Customizations.Element("Languages");
            if (languages is null)
            {
                return; // EXP rules own a missing section
            }

            var listed = languages.Elements("Language").Select(l => l.Value.Trim()).ToHashSet();
            var reported = new HashSet<string>();
            foreach (var label in context.Customizations.Descendants().Where(e => e.Attribute("languagecode") is not null))
            {
                var code = label.Attribute("languagecode")!.Value.Trim();
                if (!listed.Contains(code) && reported.Add(code))
                {
                    context.Report(label, File, "LANG001",
                        $"labels in language {code} but <Languages> lists only {string.Join(", ", listed.OrderBy(l => int.TryParse(l, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0))}",
                        $"add <Language>{code}</Language> to <Languages> (the language must be enabled in the target environment)");
                }
            }
        }
    }
}
