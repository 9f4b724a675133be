using System;
using DataverseFunnel.InMemory.Bpf;
using DataverseFunnel.InMemory.Metadata;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.TestSupport;

/// <summary>A small org with one test table covering every column type, an N:N relationship and a three-stage flow.</summary>
internal static class TestOrg
{
    public const string Widget = "test_widget";
    public static readonly Guid FlowId = new("4c43d4da-56eb-4518-8184-80846ccc36fe");
    public static readonly Guid Stage1 = new("e9f00644-5dac-4838-81f6-fa9805b32804");
    public static readonly Guid Stage2 = new("77bf896c-5771-40bd-84fa-dbf8f0620636");
    public static readonly Guid Stage3 = new("131021c0-35c0-417f-a1cf-ac27e4e2b92b");
    public const string Flow = "test_widgetflow";

    public static MetadataModel Metadata() => new MetadataBuilder()
        .Table(Widget, t => t
            .PrimaryName("test_name", 100)
            .Integer("test_count")
            .Decimal("test_ratio")
            .Money("test_amount")
            .Boolean("test_flag")
            .DateTime("test_when")
            .Choice("test_stage", 1, 2, 3, 4, 5)
            .MultiChoice("test_tags", 10, 20, 30)
            .Lookup("test_accountid", "account")
            .Customer("test_customerid")
            .Memo("test_notes", 200)
            .String("test_code", 10))
        .ManyToMany("test_widget_contact", Widget, "contact")
        .BusinessProcessFlow(new BusinessProcessFlowDefinition(Flow, "Widget flow", FlowId, Widget, new[]
        {
            new BusinessProcessFlowStage(Stage1, "One"),
            new BusinessProcessFlowStage(Stage2, "Two"),
            new BusinessProcessFlowStage(Stage3, "Three"),
        }))
        .Build();

    public static InMemoryOrganization Create() => new(Metadata());

    public static Entity NewWidget(string name = "w", int? count = null)
    {
        var widget = new Entity(Widget) { ["test_name"] = name };
        if (count is int c) widget["test_count"] = c;
        return widget;
    }
}
