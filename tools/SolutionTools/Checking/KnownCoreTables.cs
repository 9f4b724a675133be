using System;
using System.Collections.Generic;

namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>
    /// Tables every Dataverse environment has (no Dynamics 365 app needed), so a step, a role privilege or a rule may
    /// name them without the solution shipping them. Sales-only tables (lead, opportunity…) are deliberately absent.
    /// </summary>
    internal static class KnownCoreTables
    {
        private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
        {
            "account", "activitymimeattachment", "activityparty", "activitypointer", "annotation", "appmodule", "appointment",
            "asyncoperation", "businessunit", "connection", "connectionrole", "contact", "customeraddress", "email",
            "emailserverprofile", "environmentvariabledefinition", "environmentvariablevalue", "fax", "fieldpermission",
            "fieldsecurityprofile", "goal", "importfile", "importjob", "letter", "mailbox", "organization", "phonecall",
            "pluginassembly", "plugintracelog", "plugintype", "position", "post", "principalobjectattributeaccess",
            "processsession", "processstage", "publisher", "queue", "queueitem", "recurringappointmentmaster", "report",
            "role", "savedquery", "savedqueryvisualization", "sdkmessage", "sdkmessagefilter", "sdkmessageprocessingstep",
            "sdkmessageprocessingstepimage", "sharepointdata", "sharepointdocument", "sharepointdocumentlocation",
            "sharepointsite", "sitemap", "socialactivity", "socialprofile", "solution", "solutioncomponent", "syncerror",
            "systemform", "systemuser", "task", "team", "template", "transactioncurrency", "userquery",
            "userqueryvisualization", "webresource", "workflow", "workflowlog",
        };

        public static bool Contains(string logicalName) => Names.Contains(logicalName);
    }
}
