using System;
using System.Collections.Generic;
using System.IO;
using DataverseFunnel.InMemory.CustomApis;
using DataverseFunnel.InMemory.Solutions;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.CustomApis;

/// <summary>
/// The Custom API of a real export (Microsoft's IsSystemAdmin sample, vendored in Tests/Fixtures/RealExports), read
/// through <see cref="CustomApiReader"/> and run with a test plugin standing in for the DLL the export does not include.
/// </summary>
public sealed class IsSystemAdminExportTests
{
    private const string PluginType = "PowerApps.Samples.IsSystemAdmin";

    private static string Extracted()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DataverseFunnel.sln"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("repository root not found"), "Tests", "Fixtures", "RealExports", "ms-issystemadmin-customapi", "extracted");
    }

    [Fact]
    public void Reader_ReadsTheExportedDefinition()
    {
        var api = Assert.Single(CustomApiReader.FromFolder(Extracted()));

        Assert.Equal("sample_IsSystemAdmin", api.UniqueName);
        Assert.True(api.IsFunction);
        Assert.Equal(CustomApiBindingType.Entity, api.BindingType);
        Assert.Equal("systemuser", api.BoundEntityLogicalName);
        Assert.Equal(CustomApiStepType.None, api.AllowedCustomProcessingStepType);
        Assert.Equal(PluginType, api.PluginTypeName);
        Assert.Empty(api.RequestParameters);
        var hasRole = Assert.Single(api.ResponseProperties);
        Assert.Equal("HasRole", hasRole.UniqueName);
        Assert.Equal(CustomApiFieldType.Boolean, hasRole.Type);
    }

    [Fact]
    public void Execute_RunsTheStandInAsTheMainOperation_OnTheBoundUser()
    {
        var org = new InMemoryOrganization();
        org.RegisterCustomApis(CustomApiReader.FromFolder(Extracted()), typeof(IsSystemAdminExportTests).Assembly,
            new Dictionary<string, Type> { [PluginType] = typeof(IsSystemAdminStandIn) });
        var service = org.CreateService();

        var system = service.Execute(new OrganizationRequest("sample_IsSystemAdmin") { ["Target"] = new EntityReference("systemuser", org.SystemUserId) });
        var user = service.Execute(new OrganizationRequest("sample_IsSystemAdmin") { ["Target"] = new EntityReference("systemuser", org.DefaultUserId) });

        Assert.Equal(true, system.Results["HasRole"]);
        Assert.Equal(false, user.Results["HasRole"]);
    }

    [Fact]
    public void RegisterCustomApis_NamesAPluginTypeTheAssemblyLacks()
    {
        var org = new InMemoryOrganization();

        var error = Assert.Throws<DataverseFunnel.Registration.StepRegistrationException>(() =>
            org.RegisterCustomApis(CustomApiReader.FromFolder(Extracted()), typeof(IsSystemAdminExportTests).Assembly));

        Assert.Contains(PluginType, error.Message);
    }

    /// <summary>Stands in for the sample's plugin (whose DLL is not vendored): here only the org's SYSTEM user counts as administrator, read from the row.</summary>
    public sealed class IsSystemAdminStandIn : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var target = (EntityReference)context.InputParameters["Target"];
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
            var user = service.Retrieve(target.LogicalName, target.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet("fullname"));
            context.OutputParameters["HasRole"] = user.GetAttributeValue<string>("fullname") == "SYSTEM";
        }
    }
}
