using System;
using System.Linq;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.Messages;

/// <summary>A change of owner follows each 1:N relationship's CascadeAssign; each child is reassigned through its own Update pipeline.</summary>
public sealed class CascadeAssignTests
{
    private const string Parent = "test_parent";
    private const string All = "test_all";
    private const string Active = "test_active";
    private const string Mine = "test_mine";
    private const string None = "test_none";
    private static readonly Guid Seller = new("5e11e400-0000-0000-0000-000000000001");
    private static readonly Guid Manager = new("5e11e400-0000-0000-0000-000000000002");
    private static readonly Guid Other = new("5e11e400-0000-0000-0000-000000000003");

    private readonly InMemoryOrganization _org = new(new MetadataBuilder()
        .Table(Parent, t => t.PrimaryName("test_name", 100))
        .Table(All, t => t.PrimaryName("test_name", 100).Lookup("test_parentid", Parent))
        .Table(Active, t => t.PrimaryName("test_name", 100).Lookup("test_parentid", Parent))
        .Table(Mine, t => t.PrimaryName("test_name", 100).Lookup("test_parentid", Parent))
        .Table(None, t => t.PrimaryName("test_name", 100).Lookup("test_parentid", Parent))
        .OneToMany("test_parent_all", Parent, All, "test_parentid", CascadeBehavior.Cascade, CascadeBehavior.Cascade)
        .OneToMany("test_parent_active", Parent, Active, "test_parentid", CascadeBehavior.Cascade, CascadeBehavior.Active)
        .OneToMany("test_parent_mine", Parent, Mine, "test_parentid", CascadeBehavior.Cascade, CascadeBehavior.UserOwned)
        .OneToMany("test_parent_none", Parent, None, "test_parentid", CascadeBehavior.Cascade)
        .Build());

    [Fact]
    public void Assign_FollowsEachRelationshipsCascadeAssign()
    {
        var parent = _org.CreateService(Seller).Create(new Entity(Parent) { ["test_name"] = "p" });
        var all = Kid(All, parent, Other);
        var activeKid = Kid(Active, parent, Seller);
        var inactiveKid = Kid(Active, parent, Seller);
        _org.CreateService().Update(new Entity(Active, inactiveKid) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        var sellersKid = Kid(Mine, parent, Seller);
        var othersKid = Kid(Mine, parent, Other);
        var untouched = Kid(None, parent, Seller);

        _org.CreateService(Seller).Update(new Entity(Parent, parent) { ["ownerid"] = new EntityReference("systemuser", Manager) });

        Assert.Equal(Manager, OwnerOf(All, all));
        Assert.Equal(Manager, OwnerOf(Active, activeKid));
        Assert.Equal(Seller, OwnerOf(Active, inactiveKid));
        Assert.Equal(Manager, OwnerOf(Mine, sellersKid));
        Assert.Equal(Other, OwnerOf(Mine, othersKid));
        Assert.Equal(Seller, OwnerOf(None, untouched));
    }

    [Fact]
    public void Assign_ReachesTheChildThroughItsOwnUpdate_AsAChildRequest()
    {
        var parent = _org.CreateService(Seller).Create(new Entity(Parent) { ["test_name"] = "p" });
        Kid(All, parent, Seller);
        var seen = new System.Collections.Generic.List<(string Message, string[] Columns, int Depth)>();
        _org.RegisterStep(Steps.On("Update", All, PipelineStage.PreOperation), new DelegatePlugin(s =>
            seen.Add((s.Context.ParentContext.ParentContext.MessageName, ((Entity)s.Context.InputParameters["Target"]).Attributes.Keys.ToArray(), s.Context.Depth))));

        _org.CreateService(Seller).Update(new Entity(Parent, parent) { ["ownerid"] = new EntityReference("systemuser", Manager) });

        Assert.Equal(new[] { ("Update", new[] { "ownerid" }, 2) }, seen.Select(s => (s.Message, s.Columns.Where(c => c == "ownerid").ToArray(), s.Depth)));
    }

    [Fact]
    public void Assign_RefusedByAChildStep_RollsBackTheParentsNewOwner()
    {
        var parent = _org.CreateService(Seller).Create(new Entity(Parent) { ["test_name"] = "p" });
        Kid(All, parent, Seller);
        _org.RegisterStep(Steps.On("Update", All, PipelineStage.PreOperation), new DelegatePlugin(_ => throw new InvalidPluginExecutionException("keep me")));

        var fault = FaultAssert.Throws(() => _org.CreateService(Seller).Update(new Entity(Parent, parent) { ["ownerid"] = new EntityReference("systemuser", Manager) }));

        Assert.Equal("keep me", fault.Message);
        Assert.Equal(Seller, OwnerOf(Parent, parent));
    }

    [Fact]
    public void UpdateWithoutANewOwner_LeavesChildrenAlone()
    {
        var parent = _org.CreateService(Seller).Create(new Entity(Parent) { ["test_name"] = "p" });
        var kid = Kid(All, parent, Other);

        _org.CreateService(Seller).Update(new Entity(Parent, parent) { ["test_name"] = "renamed", ["ownerid"] = new EntityReference("systemuser", Seller) });

        Assert.Equal(Other, OwnerOf(All, kid));
    }

    private Guid Kid(string table, Guid parent, Guid owner) =>
        _org.CreateService(owner).Create(new Entity(table) { ["test_name"] = "kid", ["test_parentid"] = new EntityReference(Parent, parent) });

    private Guid OwnerOf(string table, Guid id) => _org.Peek(table, id)!.GetAttributeValue<EntityReference>("ownerid")!.Id;
}
