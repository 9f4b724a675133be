using System;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Tests.TestSupport;

namespace DataverseFunnel.InMemory.Tests.Metadata;

public sealed class MetadataBuilderTests
{
    [Fact]
    public void Build_AddsSystemColumnsAndCoreTables()
    {
        var model = TestOrg.Metadata();
        var widget = model.FindTable(TestOrg.Widget)!;

        foreach (var column in new[] { "test_widgetid", "createdon", "modifiedon", "createdby", "modifiedby", "ownerid", "statecode", "statuscode" })
        {
            Assert.True(widget.FindColumn(column)?.IsSystem, column);
        }

        foreach (var core in new[] { "account", "contact", "systemuser", "workflow", "processstage" }) Assert.NotNull(model.FindTable(core));
        Assert.Equal("test_name", widget.PrimaryNameAttribute);
    }

    [Fact]
    public void Build_DuplicateColumn_IsRejected()
    {
        var builder = new MetadataBuilder().Table("x_t", t => t.String("x_a").Integer("x_a"));

        Assert.Contains("x_a", Assert.Throws<ArgumentException>(() => builder.Build()).Message);
    }

    [Fact]
    public void Build_RelationshipToAnUndeclaredTable_IsRejected()
    {
        var builder = new MetadataBuilder().ManyToMany("x_rel", "account", "x_missing");

        Assert.Throws<ArgumentException>(() => builder.Build());
    }

    [Fact]
    public void OrganizationOwnedTable_HasNoOwner_AndCustomStatesGiveDefaults()
    {
        var model = new MetadataBuilder(includeCoreTables: false).Table("x_t", t => t.OrganizationOwned()
            .States(new StateOption(0, "Open", new[] { 5, 6 }), new StateOption(1, "Closed", new[] { 7 }))).Build();
        var table = model.FindTable("x_t")!;

        Assert.Null(table.FindColumn("ownerid"));
        Assert.Equal(5, table.DefaultStatusOf(0));
        Assert.Equal(1, table.StateOfStatus(7));
        Assert.Null(model.FindTable("account"));
    }
}
