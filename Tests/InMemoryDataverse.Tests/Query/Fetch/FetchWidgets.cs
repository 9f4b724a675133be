using System;
using System.Globalization;
using System.Linq;
using DataverseFunnel.InMemory.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Tests.Query.Fetch;

/// <summary>
/// Five widgets, two accounts and a clock at 2026-03-15 12:00 UTC (a Sunday), shared by the FetchXML tests:
/// alpha (1, stage 1, Acme, today 08:00, 10.50), beta (2, stage 2, Acme, 1 March, 20), gamma (3, stage 3, Globex,
/// 1 February, no amount), delta (4, stage 2, no account, no date, 5), Epsilon (5, stage 5, no account, 31 December 2025, 100).
/// </summary>
internal sealed class FetchWidgets
{
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    public FetchWidgets(InMemoryOrganizationOptions? options = null)
    {
        Org = new InMemoryOrganization(TestOrg.Metadata(), options ?? new InMemoryOrganizationOptions { Clock = new ManualClock(Now) });
        Service = Org.CreateService();
        Acme = Service.Create(new Entity("account") { ["name"] = "Acme" });
        Globex = Service.Create(new Entity("account") { ["name"] = "Globex" });
        Add("alpha", 1, 1, Acme, "2026-03-15T08:00:00", 10.50m);
        Add("beta", 2, 2, Acme, "2026-03-01T00:00:00", 20m);
        Add("gamma", 3, 3, Globex, "2026-02-01T00:00:00", null);
        Add("delta", 4, 2, null, null, 5m);
        Add("Epsilon", 5, 5, null, "2025-12-31T00:00:00", 100m);
    }

    public InMemoryOrganization Org { get; }

    public IOrganizationService Service { get; }

    public Guid Acme { get; }

    public Guid Globex { get; }

    public EntityCollection Fetch(string xml) => Service.RetrieveMultiple(new FetchExpression(xml));

    /// <summary>The test_name of each row a fetch over widgets returns, in order.</summary>
    public string Names(string xml) => string.Join(",", Fetch(xml).Entities.Select(e => e.GetAttributeValue<string>("test_name")));

    /// <summary>A fetch of widget names with the given filter body, ordered by test_count.</summary>
    public string Where(string filterBody, string type = "and") =>
        Names($"<fetch><entity name='test_widget'><attribute name='test_name'/><order attribute='test_count'/><filter type='{type}'>{filterBody}</filter></entity></fetch>");

    private void Add(string name, int count, int stage, Guid? account, string? when, decimal? amount)
    {
        var widget = new Entity(TestOrg.Widget) { ["test_name"] = name, ["test_count"] = count, ["test_stage"] = new OptionSetValue(stage) };
        if (account is Guid a) widget["test_accountid"] = new EntityReference("account", a);
        if (when is not null) widget["test_when"] = DateTime.Parse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        if (amount is decimal m) widget["test_amount"] = new Money(m);
        Service.Create(widget);
    }
}
