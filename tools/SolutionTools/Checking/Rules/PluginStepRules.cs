using System;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Registration;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// Plugin steps: STEP001 SdkMessageId is a GUID (STEP009, info: not a standard message), STEP002 stage 10/20/40, STEP003 mode 0/1, STEP004 asynchronous only in
    /// PostOperation, STEP005 plugin type defined by an assembly of the solution, STEP006 primary table with the publisher's
    /// prefix in the solution (REF001, info, for other tables outside it and the core list), STEP007 the combination Dataverse accepts (images, filtering attributes) per the registration validator,
    /// STEP008 filtering and image columns exist on the step's table (when the solution ships the table's columns).
    /// </summary>
    internal static class PluginStepRules
    {
        private const string File = "customizations.xml";

        public static void Check(CheckContext context)
        {
            var types = context.Customizations.Elements("SolutionPluginAssemblies").Elements("PluginAssembly").Elements("PluginTypes").Elements("PluginType").ToList();
            var typeIds = types.Select(t => Normalize(t.Attribute("PluginTypeId")?.Value)).ToHashSet(StringComparer.Ordinal);
            var typeNames = types.Select(t => (t.Attribute("AssemblyQualifiedName")?.Value ?? string.Empty).Split(',')[0].Trim()).ToHashSet(StringComparer.Ordinal);

            foreach (var step in context.Customizations.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep"))
            {
                var name = step.Attribute("Name")?.Value;
                var messageText = step.Element("SdkMessageId")?.Value;
                var isGuid = Guid.TryParse(messageText, out var messageId);
                var knownMessage = isGuid && SdkMessages.TryGetName(messageId, out _);
                if (!isGuid)
                {
                    context.Report(step.Element("SdkMessageId") ?? step, File, "STEP001", $"step '{name}' has SdkMessageId '{messageText}', which is not a message id (a GUID)", "use the message's fixed id (Create 9ebdbb1b-…, Update 20bebb1b-…, Delete a1bdbb1b-… -ea3e-db11-86a7-000a3a5473e8)");
                }
                else if (!knownMessage)
                {
                    context.Report(step.Element("SdkMessageId") ?? step, File, "STEP009", $"step '{name}' has SdkMessageId '{messageText}', which is not a standard SDK message this checker knows (a custom action's or custom API's message)", "nothing to fix if the message exists where the solution is imported; import checks it");
                }

                var stage = step.Element("Stage")?.Value.Trim();
                if (stage is not ("10" or "20" or "40"))
                {
                    context.Report(step.Element("Stage") ?? step, File, "STEP002", $"step '{name}' has Stage '{stage}', not 10 (PreValidation), 20 (PreOperation) or 40 (PostOperation)", "set <Stage> to 10, 20 or 40");
                }

                var mode = step.Element("Mode")?.Value.Trim();
                if (mode is not ("0" or "1"))
                {
                    context.Report(step.Element("Mode") ?? step, File, "STEP003", $"step '{name}' has Mode '{mode}', not 0 (synchronous) or 1 (asynchronous)", "set <Mode> to 0 or 1");
                }
                else if (mode == "1" && stage is "10" or "20")
                {
                    context.Report(step.Element("Mode"), File, "STEP004", $"step '{name}' is asynchronous in stage {stage}; only PostOperation (40) may run asynchronously", "make it synchronous (Mode 0) or move it to stage 40");
                }

                var typeId = Normalize(step.Element("PluginTypeId")?.Value);
                var typeName = (step.Element("PluginTypeName")?.Value ?? string.Empty).Split(',')[0].Trim();
                if (!typeIds.Contains(typeId) && !typeNames.Contains(typeName))
                {
                    context.Report(step.Element("PluginTypeId") ?? step, File, "STEP005", $"step '{name}' runs plugin type '{typeName}' ({typeId}), which no plugin assembly of the solution defines", "add the plugin type to its assembly's <PluginTypes> or fix PluginTypeId/PluginTypeName");
                }

                var table = (step.Element("PrimaryEntity")?.Value ?? string.Empty).Trim();
                if (table.Length > 0 && table != "none")
                {
                    context.ReportTableReference(step.Element("PrimaryEntity")!, File, "STEP006", table, $"step '{name}' is registered on table '{table}', which carries the publisher's prefix but is not in the solution", "add the table to the solution or register the step on an existing table");
                }

                if (knownMessage && stage is "10" or "20" or "40" && mode is "0" or "1")
                {
                    CheckCombination(context, step);
                }

                CheckColumns(context, step, table);
            }
        }

        private static void CheckCombination(CheckContext context, XElement step)
        {
            StepDefinition definition;
            try
            {
                definition = PackedStepReader.FromCustomizations(new XDocument(new XElement("ImportExportXml", new XElement("SdkMessageProcessingSteps", new XElement(step)))))[0];
            }
            catch (StepRegistrationException e)
            {
                context.Report(step, File, "STEP007", e.Message, "fix the step so it can be registered");
                return;
            }

            foreach (var problem in StepDefinitionValidator.Problems(definition))
            {
                context.Report(step, File, "STEP007", $"step '{definition.Name}': {problem}", "change the [StepRegistration] attribute (or the step XML) to a combination Dataverse accepts");
            }
        }

        private static void CheckColumns(CheckContext context, XElement step, string table)
        {
            var columns = context.ColumnsOf(table);
            if (columns is null)
            {
                return; // table outside the solution: its columns are not ours to know
            }

            var lists = new[] { step.Element("FilteringAttributes") }
                .Concat(step.Elements("SdkMessageProcessingStepImages").Elements("SdkMessageProcessingStepImage").Elements("Attributes"))
                .Where(e => e is not null);
            foreach (var list in lists)
            {
                foreach (var column in list!.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!columns.Contains(column.ToLowerInvariant()))
                    {
                        context.ReportMissingColumn(list, File, "STEP008", column, table, $"step '{step.Attribute("Name")?.Value}' names column '{column}' in <{list.Name.LocalName}>, which table '{table}' does not have",
                            $"fix the column name in the [StepRegistration] attribute or add the column to Entities/{table}/Entity.xml");
                    }
                }
            }
        }

        private static string Normalize(string? id) => Guid.TryParse(id, out var parsed) ? parsed.ToString("D") : (id ?? string.Empty).Trim();
    }
}
