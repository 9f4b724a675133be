using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// A business process flow as Dataverse exports it (reference/notes/real-export-shapes.md; a flow's backing table per
    /// https://learn.microsoft.com/en-us/power-apps/developer/data-platform/reference/entities/expiredprocess — IsBPFEntity,
    /// organization-owned, key businessprocessflowinstanceid, a computed duration): BPF007 the backing table is
    /// organization-owned with key businessprocessflowinstanceid, BPF008 its platform columns (a full export has all 21 and
    /// one bpf_&lt;table&gt;id per table; a partial one still has the stage, process and path columns), BPF009 bpf_duration
    /// is calculated by /Formulas/&lt;table&gt;-bpf_duration.xaml, BPF010 the platform's six relationships, BPF011 the
    /// workflow record's fixed fields, BPF012 the flow and its backing table are both root components, BPF013 every step
    /// control carries the attributes exports write and a form control class that fits its column's type.
    /// </summary>
    internal static class ProcessFlowShapeRules
    {
        private const string PrimaryKey = "businessprocessflowinstanceid";

        /// <summary>Always present, even when a table is exported with only the columns that hold relationships.</summary>
        private static readonly string[] CoreColumns = { "activestageid", "processid", "traversedpath" };

        private static readonly string[] FullColumns =
        {
            "activestageid", "activestagestartedon", "bpf_duration", "bpf_name", PrimaryKey, "completedon", "createdby", "createdon",
            "createdonbehalfby", "importsequencenumber", "modifiedby", "modifiedon", "modifiedonbehalfby", "organizationid",
            "overriddencreatedon", "processid", "statecode", "statuscode", "timezoneruleversionnumber", "traversedpath",
            "utcconversiontimezonecode",
        };

        /// <summary>Workflow fields with the one value every exported flow has.</summary>
        private static readonly (string Field, string[] Values)[] FixedFields =
        {
            ("Type", new[] { "1" }), ("Subprocess", new[] { "0" }), ("Mode", new[] { "0" }), ("Scope", new[] { "4" }),
            ("OnDemand", new[] { "0" }), ("TriggerOnDelete", new[] { "0" }), ("RunAs", new[] { "1" }), ("IsTransacted", new[] { "1" }),
            ("BusinessProcessType", new[] { "0", "1" }),
        };

        private static readonly string[] ControlAttributes = { "ClassId", "ControlId", "DataFieldName", "IsSystemControl", "IsUnbound", "SystemStepType" };

        /// <summary>
        /// Form control classes and the column types they display, from the classid list of
        /// https://learn.microsoft.com/en-us/previous-versions/dynamicscrm-2016/developers-guide/gg334472(v=crm.8); only classes
        /// seen in real flows are listed, any other class is not judged.
        /// </summary>
        private static readonly Dictionary<Guid, string[]> ControlClasses = new()
        {
            [new Guid("67fac785-cd58-4f9f-abb3-4b7ddc6ed5ed")] = new[] { "bit" },
            [new Guid("4273edbd-ac1d-40d3-9fb2-095c621b552d")] = new[] { "nvarchar" },
            [new Guid("5b773807-9fb2-42db-97c3-7a91eff8adff")] = new[] { "datetime" },
            [new Guid("3ef39988-22bb-4f0b-bbbe-64b5a3748aee")] = new[] { "picklist" },
            [new Guid("270bd3db-d9af-4782-9025-509e298dec0a")] = new[] { "lookup", "customer", "owner" },
            [new Guid("5d68b988-0661-4db2-bc3e-17598ad3be6c")] = new[] { "status" },
            [new Guid("533b9e00-756b-4312-95a0-dc888637ac78")] = new[] { "money" },
        };

        public static void Check(CheckContext context)
        {
            // A stub (unmodified="1") has no Category: it is neither matched to a table nor checked.
            var flows = context.Customizations.Elements("Workflows").Elements("Workflow").Where(w => ExportShape.Text(w, "Category") == "4").ToList();
            foreach (var (name, table) in context.Tables.Where(t => CheckContext.IsBusinessProcessTable(t.Value)))
            {
                var flow = flows.FirstOrDefault(f => ExportShape.SameName(ExportShape.Text(f, "UniqueName"), name));
                CheckTable(context, name, table, flow);
            }

            foreach (var flow in flows.Where(f => !ExportShape.IsStub(f)))
            {
                CheckRecord(context, flow);
                CheckRoots(context, flow);
                CheckControls(context, flow);
            }
        }

        private static void CheckTable(CheckContext context, string name, XElement table, XElement? flow)
        {
            var info = table.Element("EntityInfo")?.Element("entity");
            if (info is null)
            {
                return;
            }

            if (ExportShape.Text(info, "OwnershipTypeMask") is { Length: > 0 } ownership && ownership != "OrgOwned")
            {
                context.Report(info.Element("OwnershipTypeMask"), "customizations.xml", "BPF007", $"business process flow table '{name}' is {ownership}; flow tables are organization-owned", "set <OwnershipTypeMask>OrgOwned</OwnershipTypeMask>");
            }

            var attributes = info.Elements("attributes").Elements("attribute")
                .Select(a => (Name: (a.Element("LogicalName")?.Value ?? a.Attribute("PhysicalName")?.Value ?? string.Empty).Trim().ToLowerInvariant(), Element: a))
                .GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First().Element, StringComparer.Ordinal);
            var key = attributes.Values.FirstOrDefault(a => ExportShape.Text(a, "Type") == "primarykey");
            if (key is not null && !ExportShape.SameName(ExportShape.Text(key, "LogicalName"), PrimaryKey))
            {
                context.Report(key, "customizations.xml", "BPF007", $"business process flow table '{name}' has key '{ExportShape.Text(key, "LogicalName")}'; flow tables are keyed by {PrimaryKey}", $"name the primary key {PrimaryKey}");
            }

            // Tables the flow runs on: its primary table and every bpf_<table>id lookup the table carries.
            var runsOn = attributes.Keys.Where(a => a.StartsWith("bpf_", StringComparison.Ordinal) && a.EndsWith("id", StringComparison.Ordinal) && a.Length > 6)
                .Select(a => a[4..^2]).ToHashSet(StringComparer.Ordinal);
            if (flow is not null && ExportShape.Text(flow, "PrimaryEntity") is { Length: > 0 } primary)
            {
                runsOn.Add(primary.ToLowerInvariant());
            }

            if (attributes.Count > 0)
            {
                var full = attributes.ContainsKey(PrimaryKey);
                var required = (full ? FullColumns.Concat(runsOn.Select(t => $"bpf_{t}id")) : CoreColumns).Distinct(StringComparer.Ordinal);
                var missing = required.Where(c => !attributes.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                {
                    context.Report(info.Element("attributes"), "customizations.xml", "BPF008",
                        $"business process flow table '{name}' lacks {string.Join(", ", missing)}, which Dataverse creates on every flow table{(full ? " and a full export lists" : string.Empty)}",
                        "add the columns as a Dataverse export writes them (see reference/notes/real-export-shapes.md)");
                }
            }

            if (attributes.TryGetValue("bpf_duration", out var duration))
            {
                var formula = $"/Formulas/{name}-bpf_duration.xaml";
                if (ExportShape.Text(duration, "Type") != "int" || !ExportShape.SameName(ExportShape.Text(duration, "FormulaDefinitionFileName"), formula))
                {
                    context.Report(duration, "customizations.xml", "BPF009", $"bpf_duration of '{name}' is not the calculated whole number Dataverse defines (type int, formula {formula})",
                        $"set <Type>int</Type> and <FormulaDefinitionFileName>{formula}</FormulaDefinitionFileName>, with the formula in Entities/{name}/Formulas/");
                }
            }

            CheckRelationships(context, name, table, runsOn);
        }

        private static void CheckRelationships(CheckContext context, string name, XElement table, IEnumerable<string> runsOn)
        {
            var relationships = context.Customizations.Elements("EntityRelationships").Elements("EntityRelationship")
                .GroupBy(r => (r.Attribute("Name")?.Value ?? string.Empty).ToLowerInvariant())
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var required = new[] { $"lk_{name}_activestageid", $"lk_{name}_createdby", $"lk_{name}_modifiedby", $"lk_{name}_processid", $"organization_{name}" }
                .Concat(runsOn.Select(t => $"bpf_{t}_{name}"));
            var missing = required.Where(r => !relationships.ContainsKey(r)).ToList();
            if (missing.Count > 0)
            {
                context.Report(table.Element("Name") ?? table, "customizations.xml", "BPF010", $"business process flow table '{name}' lacks the relationships {string.Join(", ", missing)}, which every exported flow carries",
                    "add them under Other/Relationships/<referenced table>.xml as a Dataverse export writes them");
            }

            foreach (var target in runsOn)
            {
                if (relationships.TryGetValue($"bpf_{target}_{name}", out var relationship) && ExportShape.Text(relationship, "CascadeDelete") is { Length: > 0 } cascade && cascade != "Cascade")
                {
                    context.Report(relationship.Element("CascadeDelete"), "customizations.xml", "BPF010", $"relationship bpf_{target}_{name} has CascadeDelete {cascade}; deleting a '{target}' row deletes its flow instances (Cascade)", "set <CascadeDelete>Cascade</CascadeDelete>");
                }
            }
        }

        private static void CheckRecord(CheckContext context, XElement flow)
        {
            var named = $"business process flow '{flow.Attribute("Name")?.Value}'";
            ExportShape.Require(context, flow, new[] { "XamlFileName", "StateCode", "StatusCode", "UniqueName", "PrimaryEntity", "LocalizedNames", "labels" }, "BPF011", named);
            foreach (var (field, values) in FixedFields)
            {
                var element = flow.Element(field);
                if (element is null || !values.Contains(element.Value.Trim()))
                {
                    context.Report(element ?? flow, "customizations.xml", "BPF011", $"{named} has {field} '{element?.Value}'; every exported flow has {string.Join(" or ", values)}", $"set <{field}>{values[0]}</{field}>");
                }
            }

            var state = (ExportShape.Text(flow, "StateCode"), ExportShape.Text(flow, "StatusCode"));
            if (state is not (("1", "2") or ("0", "1")) && flow.Element("StateCode") is not null && flow.Element("StatusCode") is not null)
            {
                context.Report(flow.Element("StatusCode"), "customizations.xml", "BPF011", $"{named} has StateCode/StatusCode {state.Item1}/{state.Item2}; a flow is activated (1/2) or draft (0/1)", "use 1/2 to ship it activated");
            }
        }

        private static void CheckControls(CheckContext context, XElement flow)
        {
            var xaml = ProcessFlowRules.ReadXaml(context, flow, out var path, reportMalformed: false);
            if (xaml is null)
            {
                return;
            }

            foreach (var control in xaml.Descendants().Where(e => e.Name.LocalName == "Control" && e.Attribute("DataFieldName") is not null))
            {
                var field = control.Attribute("DataFieldName")!.Value;
                var missing = ControlAttributes.Where(a => control.Attribute(a) is null).ToList();
                if (missing.Count > 0)
                {
                    context.Report(control, path, "BPF013", $"step control for '{field}' lacks {string.Join(", ", missing)}, which every exported flow writes", "add them (IsSystemControl=\"False\" IsUnbound=\"False\" SystemStepType=\"0\" for a column step)");
                }

                var table = ProcessFlowRules.StageTable(control);
                if (!Guid.TryParse(control.Attribute("ClassId")?.Value, out var classId) || !ControlClasses.TryGetValue(classId, out var types)
                    || !context.Tables.TryGetValue(table.ToLowerInvariant(), out var entity))
                {
                    continue;
                }

                var column = entity.Descendants("attribute").FirstOrDefault(a => ExportShape.SameName(ExportShape.Text(a, "LogicalName"), field));
                var type = column is null ? string.Empty : ExportShape.Text(column, "Type");
                if (type.Length > 0 && !types.Contains(type))
                {
                    context.Report(control, path, "BPF013", $"step control for '{field}' uses control class {classId} (for {string.Join("/", types)} columns) but the column is {type}",
                        "use the form control class of the column's type (see reference/notes/real-export-shapes.md)");
                }
            }
        }

        private static void CheckRoots(CheckContext context, XElement flow)
        {
            var roots = context.Manifest?.Elements("RootComponents").Elements("RootComponent").ToList();
            if (roots is null || !Guid.TryParse(flow.Attribute("WorkflowId")?.Value, out var id))
            {
                return;
            }

            var table = ExportShape.Text(flow, "UniqueName");
            var flowRooted = roots.Any(r => r.Attribute("type")?.Value == "29" && Guid.TryParse(r.Attribute("id")?.Value, out var rootId) && rootId == id);
            var tableRooted = roots.Any(r => r.Attribute("type")?.Value == "1" && ExportShape.SameName(r.Attribute("schemaName")?.Value ?? string.Empty, table));
            if (!flowRooted || !tableRooted)
            {
                context.Report(flow, "solution.xml", "BPF012", $"business process flow '{flow.Attribute("Name")?.Value}' ships as {(flowRooted ? string.Empty : "no type 29 root")}{(!flowRooted && !tableRooted ? " and " : string.Empty)}{(tableRooted ? string.Empty : $"no type 1 root for its table '{table}'")}; exports root both",
                    $"add <RootComponent type=\"29\" id=\"{{{id:D}}}\" behavior=\"0\" /> and <RootComponent type=\"1\" schemaName=\"{table}\" behavior=\"0\" />");
            }
        }
    }
}
