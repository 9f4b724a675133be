using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Tests.Pipeline;

/// <summary>
/// Random interleavings of Create/Update/Delete/UpdateMultiple with a step that throws on one value never leave a
/// partial write: after every operation the store equals a simple model (including the child writes a step makes).
/// </summary>
public sealed class TransactionPropertyTests
{
    private const int Poison = 13;

    private sealed record Op(int Kind, int Index, int Value, int[] Values);

    private static readonly Gen<int> Values = Gen.Int[10, 16];

    private static readonly Gen<Op> Ops = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 50], Values, Values.Array[1, 4], (kind, index, value, values) => new Op(kind, index, value, values));

    [Fact]
    public void RandomOperations_WithAThrowingStep_NeverLeavePartialWrites()
    {
        Ops.Array[1, 25].Sample(ops => Run(ops), iter: 150);
    }

    private static void Run(Op[] ops)
    {
        var org = TestOrg.Create();
        foreach (var message in new[] { "Create", "Update" })
        {
            org.RegisterStep(Steps.On(message, TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s =>
            {
                if (s.Target.Contains("test_count")) s.Target["test_code"] = "v" + s.Target.GetAttributeValue<int>("test_count");
            }));
            org.RegisterStep(Steps.On(message, TestOrg.Widget, PipelineStage.PostOperation, rank: 1), new DelegatePlugin(s =>
                s.Service().Create(new Entity("account") { ["name"] = "audit" })));
            org.RegisterStep(Steps.On(message, TestOrg.Widget, PipelineStage.PostOperation, rank: 2), new DelegatePlugin(s =>
            {
                if (s.Target.GetAttributeValue<int>("test_count") == Poison) throw new InvalidPluginExecutionException("poison value");
            }));
        }

        var service = org.CreateService();
        var model = new List<(Guid Id, int Count)>();
        var accounts = 0;
        foreach (var op in ops)
        {
            switch (op.Kind)
            {
                case 0:
                    if (Attempt(() => service.Create(TestOrg.NewWidget("w", op.Value)), op.Value == Poison, out var id))
                    {
                        model.Add((id, op.Value));
                        accounts++;
                    }

                    break;
                case 1 when model.Count > 0:
                    var slot = op.Index % model.Count;
                    if (Attempt(() => { service.Update(new Entity(TestOrg.Widget, model[slot].Id) { ["test_count"] = op.Value }); return Guid.Empty; }, op.Value == Poison, out _))
                    {
                        model[slot] = (model[slot].Id, op.Value);
                        accounts++;
                    }

                    break;
                case 2 when model.Count > 0:
                    var removed = op.Index % model.Count;
                    service.Delete(TestOrg.Widget, model[removed].Id);
                    model.RemoveAt(removed);
                    break;
                case 3 when model.Count > 0:
                    var count = Math.Min(op.Values.Length, model.Count);
                    var targets = new EntityCollection { EntityName = TestOrg.Widget };
                    for (var i = 0; i < count; i++) targets.Entities.Add(new Entity(TestOrg.Widget, model[i].Id) { ["test_count"] = op.Values[i] });
                    var poisoned = op.Values.Take(count).Contains(Poison);
                    if (Attempt(() => { service.Execute(new UpdateMultipleRequest { Targets = targets }); return Guid.Empty; }, poisoned, out _))
                    {
                        for (var i = 0; i < count; i++) model[i] = (model[i].Id, op.Values[i]);
                        accounts += count;
                    }

                    break;
            }

            AssertMatches(org, model, accounts);
        }
    }

    private static bool Attempt(Func<Guid> call, bool mustFail, out Guid result)
    {
        result = Guid.Empty;
        if (mustFail)
        {
            FaultAssert.Throws(() => call());
            return false;
        }

        result = call();
        return true;
    }

    private static void AssertMatches(InMemoryOrganization org, List<(Guid Id, int Count)> model, int accounts)
    {
        Assert.Equal(model.Count, org.Count(TestOrg.Widget));
        Assert.Equal(accounts, org.Count("account"));
        foreach (var (id, count) in model)
        {
            var row = org.Peek(TestOrg.Widget, id)!;
            Assert.Equal(count, row.GetAttributeValue<int>("test_count"));
            Assert.Equal("v" + count, row.GetAttributeValue<string>("test_code"));
        }
    }
}
