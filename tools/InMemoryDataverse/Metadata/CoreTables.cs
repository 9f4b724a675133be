namespace DataverseFunnel.InMemory.Metadata;

/// <summary>
/// Minimal versions of the Dataverse tables every org has, with the schema and entity set names of the table
/// reference (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account, …/contact,
/// …/systemuser, …/team, …/workflow, …/processstage).
/// </summary>
internal static class CoreTables
{
    public static void AddTo(MetadataBuilder builder)
    {
        builder
            .Table("systemuser", t => t.System().Names("SystemUser", "systemusers").OrganizationOwned().NoStates()
                .PrimaryName("fullname", 200).String("firstname", 64).String("lastname", 64)
                .String("domainname", 1024).String("internalemailaddress", 100).Boolean("isdisabled"))
            .Table("team", t => t.System().Names("Team", "teams").OrganizationOwned().NoStates().PrimaryName("name", 160))
            .Table("account", t => t.System().Names("Account", "accounts")
                .PrimaryName("name", 160).String("accountnumber", 20).String("emailaddress1", 100)
                .String("telephone1", 50).Money("revenue").Integer("numberofemployees")
                .Lookup("primarycontactid", "contact").Lookup("parentaccountid", "account")
                .Memo("description", 2000).Choice("industrycode"))
            .Table("contact", t => t.System().Names("Contact", "contacts")
                .PrimaryName("fullname", 160).String("firstname", 50).String("lastname", 50)
                .String("emailaddress1", 100).String("jobtitle", 100).Customer("parentcustomerid")
                .Memo("description", 2000))
            .Table("workflow", t => t.System().Names("Workflow", "workflows")
                .States(new StateOption(0, "Draft", new[] { 1 }), new StateOption(1, "Activated", new[] { 2 }))
                .PrimaryName("name", 100).String("uniquename", 256).String("primaryentity", 100)
                .Choice("category").Choice("type").Choice("businessprocesstype"))
            .Table("processstage", t => t.System().Names("ProcessStage", "processstages").OrganizationOwned().NoStates()
                .PrimaryName("stagename", 100).Lookup("processid", "workflow")
                .String("primaryentitytypecode", 100).Choice("stagecategory"))
            // One row per user, keyed by systemuserid; uilanguageid is the user's UI language:
            // https://learn.microsoft.com/en-us/power-apps/developer/data-platform/reference/entities/usersettings
            .Table("usersettings", t => t.OrganizationOwned().NoStates().PrimaryKey("systemuserid").Integer("uilanguageid"))
            // Environment variables: a definition (type, default value) and its current value, if any:
            // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
            // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariablevalue
            .Table("environmentvariabledefinition", t => t.System().Names("EnvironmentVariableDefinition", "environmentvariabledefinitions")
                .PrimaryName("schemaname", 100).String("displayname", 100).Memo("description", 2000).Memo("defaultvalue", 2000)
                .Choice("type", 100000000, 100000001, 100000002, 100000003, 100000004, 100000005).Boolean("isrequired"))
            .Table("environmentvariablevalue", t => t.System().Names("EnvironmentVariableValue", "environmentvariablevalues")
                .PrimaryName("schemaname", 100).Memo("value", 2000).Lookup("environmentvariabledefinitionid", "environmentvariabledefinition"));
    }
}
