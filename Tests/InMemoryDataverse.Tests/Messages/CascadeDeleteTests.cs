using System;
using System.Linq;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.Messages;

/// <summary>Delete follows each 1:N relationship's CascadeDelete; cascaded child deletes run their own Delete pipeline.</summary>
public sealed class CascadeDeleteTests
{
    private const string Parent = "test_parent";
    private const string Child = "test_child";
    private const string Note = "test_note";
    private const string Lock = "test_lock";

    private readonly InMemoryOrganization _org = new(new MetadataBuilder()
        .Table(Parent, t => t.PrimaryName("test_name", 100))
        .Table(Child, t => t.PrimaryName("test_name", 100).Lookup("test_parentid", Parent))
        .Table(Note, t => t.PrimaryName("test_name", 100).Lookup("test_parentid", Parent))
        .Table(Lock, t => t.PrimaryName("test_name", 100).Lookup("test_parentid", Parent))
        .OneToMany("test_parent_child", Parent, Child, "test_parentid", CascadeBehavior.Cascade)
        .OneToMany("test_parent_note", Parent, Note, "test_parentid", CascadeBehavior.RemoveLink)
        .OneToMany("test_parent_lock", Parent, Lock, "test_parentid", CascadeBehavior.Restrict)
        .Build());

    [Fact]
    public void Cascade_DeletesEveryChild_ThroughItsOwnDeletePipeline_AsAChildOfTheParentsDelete()
    {
        var parent = _org.Seed(new Entity(Parent) { ["test_name"] = "p" })[0];
        var other = _org.Seed(new Entity(Parent) { ["test_name"] = "other" })[0];
        _org.Seed(Kid(Child, parent), Kid(Child, parent), Kid(Child, other));
        var seen = new System.Collections.Generic.List<(string Message, Guid ParentId, int Depth, bool InTransaction)>();
        // PreOperation's ParentContext is its own stage-10 context; the one above it is the parent's Delete.
        _org.RegisterStep(Steps.On("Delete", Child, PipelineStage.PreOperation, preImage: "pre"), new DelegatePlugin(s =>
            seen.Add((s.Context.ParentContext.ParentContext.MessageName, s.Context.ParentContext.ParentContext.PrimaryEntityId, s.Context.Depth, s.Context.IsInTransaction))));

        _org.CreateService().Delete(Parent, parent);

        Assert.Equal(new[] { ("Delete", parent, 2, true), ("Delete", parent, 2, true) }, seen);
        Assert.Null(_org.Peek(Parent, parent));
        Assert.Equal(1, _org.Count(Child)); // the other parent's child stays
    }

    [Fact]
    public void Cascade_RefusedByAChildStep_RollsBackTheWholeDelete()
    {
        var parent = _org.Seed(new Entity(Parent) { ["test_name"] = "p" })[0];
        _org.Seed(Kid(Child, parent), Kid(Child, parent));
        _org.RegisterStep(Steps.On("Delete", Child, PipelineStage.PreOperation), new DelegatePlugin(_ => throw new InvalidPluginExecutionException("keep me")));

        var fault = FaultAssert.Throws(() => _org.CreateService().Delete(Parent, parent));

        Assert.Equal("keep me", fault.Message);
        Assert.NotNull(_org.Peek(Parent, parent));
        Assert.Equal(2, _org.Count(Child));
    }

    [Fact]
    public void RemoveLink_ClearsTheLookup_AndKeepsTheRow()
    {
        var parent = _org.Seed(new Entity(Parent) { ["test_name"] = "p" })[0];
        var note = _org.Seed(Kid(Note, parent))[0];

        _org.CreateService().Delete(Parent, parent);

        Assert.False(_org.Peek(Note, note)!.Contains("test_parentid"));
    }

    [Fact]
    public void Restrict_RefusesTheDelete_WithThePlatformsCode_WhileAChildRefersToTheRow()
    {
        var parent = _org.Seed(new Entity(Parent) { ["test_name"] = "p" })[0];
        _org.Seed(Kid(Child, parent), Kid(Lock, parent));

        var fault = FaultAssert.Throws(() => _org.CreateService().Delete(Parent, parent));

        Assert.Equal(ErrorCodes.CannotDeleteDueToAssociation, fault.ErrorCode);
        Assert.Contains("test_parent_lock", fault.Message);
        Assert.NotNull(_org.Peek(Parent, parent));
        Assert.Equal(1, _org.Count(Child)); // the cascade that ran before the refusal is rolled back
    }

    [Fact]
    public void OneToMany_OnAnUndeclaredLookup_IsRefusedWhenTheModelIsBuilt()
    {
        var error = Assert.Throws<ArgumentException>(() => new MetadataBuilder()
            .Table(Parent, t => t.PrimaryName("test_name", 100))
            .OneToMany("broken", Parent, "account", "no_such_lookup", CascadeBehavior.Cascade)
            .Build());

        Assert.Contains("broken", error.Message);
    }

    private static Entity Kid(string table, Guid parent) => new(table) { ["test_name"] = "c", ["test_parentid"] = new EntityReference(Parent, parent) };
}
