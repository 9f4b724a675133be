using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.Pipeline;

/// <summary>RunAtomically (a Web API change set, ExecuteTransaction): all writes or none, and no other caller in between.</summary>
public sealed class RunAtomicallyTests
{
    [Fact]
    public void A_unit_that_returns_false_undoes_every_write_it_made()
    {
        var org = new InMemoryOrganization();
        var service = org.CreateService();
        var kept = service.Create(new Entity("account") { ["name"] = "Kept" });
        var committed = org.RunAtomically(() =>
        {
            service.Create(new Entity("account") { ["name"] = "Undone" });
            service.Update(new Entity("account", kept) { ["name"] = "Changed" });
            return false;
        });
        Assert.False(committed);
        Assert.Equal(1, org.Count("account"));
        Assert.Equal("Kept", org.Peek("account", kept)!["name"]);
    }

    [Fact]
    public void A_unit_that_throws_is_undone_and_one_that_returns_true_is_kept()
    {
        var org = new InMemoryOrganization();
        var service = org.CreateService();
        Assert.Throws<InvalidOperationException>(() => org.RunAtomically(() =>
        {
            service.Create(new Entity("account") { ["name"] = "Undone" });
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal(0, org.Count("account"));
        Assert.True(org.RunAtomically(() =>
        {
            service.Create(new Entity("account") { ["name"] = "Kept" });
            return true;
        }));
        Assert.Equal(1, org.Count("account"));
    }

    [Fact]
    public async Task Another_thread_waits_until_the_unit_ends()
    {
        var org = new InMemoryOrganization(options: new InMemoryOrganizationOptions { Clock = TimeProvider.System });
        Task? other = null;
        org.RunAtomically(() =>
        {
            org.CreateService().Create(new Entity("account") { ["name"] = "First" });
            other = Task.Run(() => org.CreateService().Create(new Entity("account") { ["name"] = "Second" }));
            Thread.Sleep(100);
            Assert.False(other.IsCompleted);
            return false;
        });
        await other!;
        Assert.Equal("Second", Assert.Single(org.All("account"))["name"]);
    }
}
