using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>The context and trace of one direct plugin execution.</summary>
public sealed record PluginExecution(IPluginExecutionContext7 Context, IReadOnlyList<string> Traces);

/// <summary>
/// Runs one plugin with a context built from its StepDefinition and a Target, without the rest of the pipeline
/// (FakeXrmEasy's ExecutePluginWith style). Services it asks for run real child pipelines inside one transaction,
/// rolled back if the plugin throws; the plugin's exception reaches the test unchanged.
/// </summary>
internal sealed class DirectPluginRunner
{
    private readonly OrganizationCore _core;

    public DirectPluginRunner(OrganizationCore core) => _core = core;

    public PluginExecution Run(IPlugin plugin, StepDefinition step, object target, Entity? preImage, Entity? postImage, Guid userId)
    {
        if (_core.Transaction is not null) throw new InvalidOperationException("A plugin cannot be executed directly while a request is running.");
        var (entityName, entityId, input) = target switch
        {
            Entity entity => (entity.LogicalName, entity.Id, (object)Store.ValueCloner.CloneEntity(entity)),
            EntityReference reference => (reference.LogicalName, reference.Id, new EntityReference(reference.LogicalName, reference.Id)),
            _ => throw new ArgumentException("The target must be an Entity or an EntityReference.", nameof(target)),
        };
        var output = new ParameterCollection();
        if (step.Stage == PipelineStage.PostOperation && step.Message == "Create") output["id"] = entityId;
        var pre = Images(step, StepImageKind.PreImage, preImage);
        var post = Images(step, StepImageKind.PostImage, postImage);
        var context = new PluginExecutionContext
        {
            Scope = new ContextScope(_core.Options, entityName, 1, userId, userId, _core.Ids.NewId(), _core.Ids.NewId(), _core.UtcNow),
            MessageName = step.Message,
            Stage = (int)step.Stage,
            Mode = (int)step.Mode,
            PrimaryEntityId = entityId,
            InputParameters = new ParameterCollection { ["Target"] = input },
            OutputParameters = output,
            SharedVariables = new ParameterCollection(),
            ParentContext = null!,
            PreEntityImages = pre,
            PostEntityImages = post,
            PreEntityImagesCollection = new[] { pre },
            PostEntityImagesCollection = new[] { post },
            IsInTransaction = step.Mode == ExecutionMode.Synchronous && step.Stage != PipelineStage.PreValidation,
            OwningExtension = new EntityReference("sdkmessageprocessingstep", step.Id) { Name = step.Name },
        };

        var transaction = new TransactionState(_core.Store.OpenJournal());
        _core.Transaction = transaction;
        var trace = new StepServices(_core, context);
        var registered = new RegisteredStep(step, plugin, -1);
        try
        {
            plugin.Execute(trace);
        }
        catch (Exception exception)
        {
            _core.Store.RollbackTo(transaction.JournalMark);
            _core.Store.CloseJournal();
            _core.Transaction = null;
            _core.Audit.Record(registered, context, trace, exception);
            throw;
        }

        _core.Store.CloseJournal();
        _core.Transaction = null;
        _core.Audit.Record(registered, context, trace, null);
        _core.Stages.RunQueuedAsync(transaction);
        return new PluginExecution(context, trace.Lines);
    }

    private static EntityImageCollection Images(StepDefinition step, StepImageKind kind, Entity? source)
    {
        var images = new EntityImageCollection();
        if (source is null) return images;
        foreach (var image in step.Images)
        {
            if (image.Kind != kind) continue;
            var trimmed = new Entity(source.LogicalName, source.Id);
            foreach (var pair in source.Attributes)
            {
                if (image.Attributes.Count == 0 || Contains(image.Attributes, pair.Key)) trimmed.Attributes[pair.Key] = Store.ValueCloner.Clone(pair.Value)!;
            }

            images[image.Alias] = trimmed;
        }

        return images;
    }

    private static bool Contains(IReadOnlyList<string> columns, string column)
    {
        foreach (var candidate in columns)
        {
            if (candidate == column) return true;
        }

        return false;
    }
}
