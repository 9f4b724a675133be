using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// Hand-written views, charts and forms name columns by string; the schemas cannot know them. COL001: a FetchXML
    /// entity, attribute, condition or order names a column of its table; COL002: a view's layout cell names one;
    /// COL003: a form control's datafieldname names one. Only tables whose columns the solution ships are checked.
    /// </summary>
    internal static class ColumnReferenceRules
    {
        private const string File = "customizations.xml";

        public static void Check(CheckContext context)
        {
            foreach (var entity in context.Customizations.Elements("Entities").Elements("Entity"))
            {
                var table = (entity.Element("Name")?.Value ?? string.Empty).Trim().ToLowerInvariant();
                var fetches = entity.Elements("SavedQueries").Elements("savedqueries").Elements("savedquery").Elements("fetchxml").Elements("fetch")
                    .Concat(entity.Elements("Visualizations").Elements("visualization").Elements("datadescription").Elements("datadefinition").Elements("fetchcollection").Elements("fetch"));
                foreach (var fetchEntity in fetches.Elements("entity"))
                {
                    CheckFetchEntity(context, fetchEntity, expectedTable: table);
                }

                var columns = context.ColumnsOf(table);
                if (columns is null)
                {
                    continue;
                }

                foreach (var cell in entity.Descendants("layoutxml").Descendants("cell"))
                {
                    var name = cell.Attribute("name")?.Value ?? string.Empty;
                    if (name.Length > 0 && !name.Contains('.') && !columns.Contains(name.ToLowerInvariant()))
                    {
                        context.ReportMissingColumn(cell, File, "COL002", name, table, $"view column '{name}' is not a column of table '{table}'", $"use a column of {table} in layoutxml (and in the view's FetchXML)");
                    }
                }

                foreach (var control in entity.Elements("FormXml").Elements("forms").Elements("systemform").Descendants("control"))
                {
                    var field = control.Attribute("datafieldname")?.Value;
                    if (!string.IsNullOrEmpty(field) && !columns.Contains(field.ToLowerInvariant()))
                    {
                        context.ReportMissingColumn(control, File, "COL003", field, table, $"form control '{control.Attribute("id")?.Value}' shows '{field}', which is not a column of table '{table}'", $"set datafieldname to a column of {table}");
                    }
                }
            }
        }

        private static void CheckFetchEntity(CheckContext context, XElement fetchEntity, string? expectedTable)
        {
            var table = (fetchEntity.Attribute("name")?.Value ?? string.Empty).ToLowerInvariant();
            if (expectedTable is not null && fetchEntity.Name.LocalName == "entity" && table != expectedTable)
            {
                context.Report(fetchEntity, File, "COL001", $"the query reads table '{table}' but belongs to table '{expectedTable}'", $"set <entity name=\"{expectedTable}\">");
                return;
            }

            var columns = context.ColumnsOf(table);
            foreach (var child in fetchEntity.Elements())
            {
                if (child.Name.LocalName == "link-entity")
                {
                    CheckFetchEntity(context, child, expectedTable: null);
                    continue;
                }

                if (columns is null)
                {
                    continue;
                }

                var named = child.Name.LocalName switch
                {
                    "attribute" => new[] { child.Attribute("name") },
                    "order" => new[] { child.Attribute("attribute") },
                    "filter" => child.Descendants("condition").Where(c => c.Attribute("entityname") is null).Select(c => c.Attribute("attribute")).ToArray(),
                    _ => Array.Empty<XAttribute?>(),
                };
                foreach (var attribute in named.Where(a => a is not null && a.Value.Length > 0))
                {
                    if (!columns.Contains(attribute!.Value.ToLowerInvariant()))
                    {
                        context.ReportMissingColumn(attribute, File, "COL001", attribute.Value, table, $"the query names '{attribute.Value}', which is not a column of table '{table}'", $"use a column of {table}");
                    }
                }
            }

            // Conditions on link-entity parents are checked under the link-entity itself via recursion.
            if (columns is not null)
            {
                foreach (var link in fetchEntity.Elements("link-entity"))
                {
                    foreach (var key in new[] { link.Attribute("to") })
                    {
                        if (key is not null && !columns.Contains(key.Value.ToLowerInvariant()))
                        {
                            context.ReportMissingColumn(key, File, "COL001", key.Value, table, $"link-entity joins on '{key.Value}', which is not a column of table '{table}'", $"use a column of {table} in to=\"…\"");
                        }
                    }
                }
            }
        }

    }
}
