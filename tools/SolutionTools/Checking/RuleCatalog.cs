using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>
    /// Every rule of <c>funnel check</c>, each declared once with its severity. Error: import fails or the solution
    /// misbehaves; warning: legal but risky or against the publisher's conventions; info: nothing to fix.
    /// </summary>
    public static class RuleCatalog
    {
        private static readonly IReadOnlyDictionary<string, CheckRule> ById = new CheckRule[]
        {
            new("PACK001", Severity.Error, "the folder packs into a solution (every file it names is there and readable)"),
            new("XML001", Severity.Error, "every XML part is well-formed"),
            new("ZIP001", Severity.Error, "solution.xml, customizations.xml and [Content_Types].xml at the zip root (else 0x80048060)"),
            new("ZIP002", Severity.Warning, "no directory entries (Dataverse never writes them; import's handling of them is undocumented)"),
            new("ZIP003", Severity.Error, "zip entry names use forward slashes"),
            new("ZIP004", Severity.Error, "every part the XML names (XAML, DLL, web resource) is in the zip"),
            new("ZIP005", Severity.Warning, "[Content_Types].xml covers every part (Dataverse always writes it so)"),
            new("XSD001", Severity.Error, "customizations.xml matches CustomizationsSolution.xsd 9.0.0.2090, allowing only the documented schema drift"),
            new("XSD002", Severity.Error, "every view and chart FetchXML matches Fetch.xsd"),
            new("XSD003", Severity.Error, "every form and dashboard matches FormXml.xsd, allowing only the documented schema drift"),
            new("XSD004", Severity.Error, "every chart data description matches VisualizationDataDescription.xsd"),
            new("XSD005", Severity.Info, "content Dataverse writes beyond the 9.0.0.2090 schemas (the schema-drift list), accepted"),
            new("MAN001", Severity.Error, "solution.xml has a manifest with a valid unique name"),
            new("MAN002", Severity.Error, "version is a.b.c.d"),
            new("MAN003", Severity.Error, "publisher prefix: 2–8 letters or digits, starting with a letter, not mscrm"),
            new("MAN004", Severity.Error, "option-value prefix 10000–99999"),
            new("MAN005", Severity.Warning, "the solution's own components are named with its publisher's prefix"),
            new("MAN006", Severity.Error, "Managed is 0 or 1"),
            new("ROOT001", Severity.Error, "root component type is a documented component type"),
            new("ROOT002", Severity.Error, "root component has the id or schema name its type needs"),
            new("ROOT003", Severity.Error, "root component behavior, when present, is 0, 1 or 2"),
            new("ROOT004", Severity.Error, "every root component is defined in customizations.xml"),
            new("ROOT005", Severity.Warning, "every top-level component is a root component"),
            new("ROOT006", Severity.Info, "root component without behavior (older exports omit it)"),
            new("ROOT007", Severity.Info, "root component defined by another solution the manifest lists as a missing dependency"),
            new("ENV001", Severity.Error, "every environment variable root component (type 380) has its definition in the zip"),
            new("ENV002", Severity.Warning, "every environment variable definition in the zip is a root component (type 380)"),
            new("ENV003", Severity.Error, "an environment variable definition has a documented type and a default value of that type"),
            new("OPT001", Severity.Warning, "the publisher's option values are prefix × 10000 + n"),
            new("COL001", Severity.Error, "FetchXML names columns of its own table that the solution defines"),
            new("COL002", Severity.Error, "view layout cells name columns the solution defines"),
            new("COL003", Severity.Error, "form controls name columns the solution defines"),
            new("REF001", Severity.Info, "a table outside this solution that is not a known core table: import checks it"),
            new("REF002", Severity.Info, "a column the table's definition does not list and the publisher does not own: import checks it"),
            new("BPF001", Severity.Error, "a business process flow's backing table (IsBPFEntity=1) is in the solution"),
            new("BPF002", Severity.Error, "flow XAML x:Class is XrmWorkflow + workflow id"),
            new("BPF003", Severity.Error, "the stage chain reaches every stage and ends"),
            new("BPF004", Severity.Error, "every step label has a steplabels entry"),
            new("BPF005", Severity.Error, "StageCategory 0–7"),
            new("BPF006", Severity.Error, "every flow step names a column of its stage's table"),
            new("BPF007", Severity.Error, "a flow's backing table is organization-owned and keyed businessprocessflowinstanceid"),
            new("BPF008", Severity.Warning, "a flow's backing table has the platform's columns (all 21 in a full export)"),
            new("BPF009", Severity.Warning, "bpf_duration is the calculated whole number with its /Formulas/<table>-bpf_duration.xaml"),
            new("BPF010", Severity.Warning, "a flow's backing table has the platform's six relationships (bpf_<table>_<bpf> cascading delete)"),
            new("BPF011", Severity.Error, "a flow's workflow record has the fields and fixed values every exported flow has"),
            new("BPF012", Severity.Error, "a flow and its backing table are both root components"),
            new("BPF013", Severity.Warning, "flow step controls carry the export attributes and a control class that fits the column"),
            new("STEP001", Severity.Error, "a step's SdkMessageId is a GUID"),
            new("STEP002", Severity.Error, "step stage 10, 20 or 40"),
            new("STEP003", Severity.Error, "step mode 0 or 1"),
            new("STEP004", Severity.Error, "asynchronous steps only in PostOperation"),
            new("STEP005", Severity.Error, "a step's plugin type is defined by an assembly of the solution"),
            new("STEP006", Severity.Error, "a step's table with the publisher's prefix is in the solution"),
            new("STEP007", Severity.Error, "the step's combination of message, stage, mode and images is one Dataverse registers"),
            new("STEP008", Severity.Error, "filtering and image columns the publisher owns exist on the step's table"),
            new("STEP009", Severity.Info, "a step on a message that is not a standard message (a custom action or custom API): import resolves it"),
            new("ASM001", Severity.Error, "the plugin DLL is a readable .NET assembly"),
            new("ASM002", Severity.Error, "the plugin assembly is strong-name signed (Dataverse refuses unsigned assemblies)"),
            new("ASM003", Severity.Error, "the plugin targets .NET Framework (the sandbox cannot load anything else)"),
            new("ASM004", Severity.Error, "the plugin references only assemblies the sandbox supplies (anything else fails to load when the step runs)"),
            new("ASM005", Severity.Error, "the assembly's identity and plugin types match the XML that registers it"),
            new("ASM006", Severity.Info, "references another version of an SDK assembly the sandbox supplies (it binds to the platform's copy)"),
            new("ASM007", Severity.Warning, "targets a .NET Framework version other than 4.6.2, the one Dataverse runs"),
            new("ROLE001", Severity.Error, "a privilege on a table with the publisher's prefix names a table of the solution"),
            new("ROLE002", Severity.Error, "no role privilege at a depth wider than the solution's declared role policy (RolePolicy.xml or --role-policy)"),
            new("WEB001", Severity.Warning, "a form or dashboard web resource control names a web resource of the solution (Url and WebResourceId) or a missing dependency its manifest lists"),
            new("EXP001", Severity.Warning, "<ImportExportXml> carries version, SolutionPackageVersion, languagecode and generatedBy"),
            new("EXP002", Severity.Warning, "<SolutionManifest> children in export order"),
            new("EXP003", Severity.Info, "root components sorted by type, as exports write them"),
            new("EXP004", Severity.Warning, "plugin assembly in the export shape (isolation, types with friendly names, /PluginAssemblies/<name without dots>-<ID>/<name without dots>.dll)"),
            new("EXP005", Severity.Warning, "plugin step in the export shape (every element exports write, braced id)"),
            new("EXP006", Severity.Info, "workflow XAML at /Workflows/<name without spaces or punctuation>-<ID>.xaml"),
            new("EXP007", Severity.Error, "an app has its export fields and exactly one site map"),
            new("EXP008", Severity.Warning, "an app site map has its unique name, site map and names"),
            new("EXP009", Severity.Warning, "a security role has id, name, IsCustomizable and privileges with name and level"),
            new("EXP010", Severity.Warning, "a view has the fields every exported view has"),
            new("EXP011", Severity.Warning, "a chart has the fields every exported chart has"),
            new("EXP012", Severity.Warning, "a dashboard has the fields every exported dashboard has and form type dashboard"),
            new("LANG001", Severity.Warning, "every language a label is written in is listed in <Languages>"),
            new("UPG001", Severity.Error, "--upgrades: the same solution unique name, publisher, prefix and option-value prefix as the earlier version"),
            new("UPG002", Severity.Error, "--upgrades: a version higher than the earlier one"),
            new("UPG003", Severity.Error, "--upgrades: every component of the earlier version is still there (an upgrade deletes what it lacks)"),
            new("UPG004", Severity.Error, "--upgrades: a component known by name keeps its id"),
            new("UPG005", Severity.Error, "--upgrades: a column keeps its type"),
        }.ToDictionary(r => r.Id, StringComparer.Ordinal);

        public static IEnumerable<CheckRule> All => ById.Values;

        /// <summary>The rule with this id; throws for an id nobody declared, so a new rule cannot ship without a severity.</summary>
        public static CheckRule Get(string id) =>
            ById.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"rule {id} is not declared in RuleCatalog: declare it with its severity");
    }
}
