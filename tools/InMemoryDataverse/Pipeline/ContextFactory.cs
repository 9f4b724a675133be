using DataverseFunnel.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using DataverseFunnel.Registration;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// Builds the context a step sees. PreValidation gets the caller's context as ParentContext and its own
/// SharedVariables; PreOperation/PostOperation get a stage-10 context as ParentContext (so values set at 10 are read
/// through ParentContext.SharedVariables) and share one SharedVariables. OutputParameters only reach stage 40.
/// </summary>
internal static class ContextFactory
{
    public static PluginExecutionContext ForItem(OrganizationCore core, PipelineInvocation invocation, PipelineItem item, RegisteredStep step, PipelineStage stage, ExecutionMode mode)
    {
        var pre = ImageBuilder.For(step.Definition, StepImageKind.PreImage, invocation.Table, item.PreRow, item);
        var post = stage == PipelineStage.PostOperation
            ? ImageBuilder.For(step.Definition, StepImageKind.PostImage, invocation.Table, item.PostRow, item)
            : item.NoImages;
        return Create(core, invocation, item, step, stage, mode, item.Id, pre, post, null, null);
    }

    public static PluginExecutionContext ForBulk(OrganizationCore core, PipelineInvocation invocation, PipelineItem bulk, RegisteredStep step, PipelineStage stage, ExecutionMode mode)
    {
        var count = invocation.Items.Count;
        var pres = new EntityImageCollection[count];
        var posts = new EntityImageCollection[count];
        for (var i = 0; i < count; i++)
        {
            var item = invocation.Items[i];
            pres[i] = ImageBuilder.For(step.Definition, StepImageKind.PreImage, invocation.Table, item.PreRow, item);
            posts[i] = stage == PipelineStage.PostOperation
                ? ImageBuilder.For(step.Definition, StepImageKind.PostImage, invocation.Table, item.PostRow, item)
                : item.NoImages;
        }

        return Create(core, invocation, bulk, step, stage, mode, System.Guid.Empty, bulk.NoImages, bulk.NoImages, pres, posts);
    }

    private static PluginExecutionContext Create(
        OrganizationCore core,
        PipelineInvocation invocation,
        PipelineItem view,
        RegisteredStep registered,
        PipelineStage stage,
        ExecutionMode mode,
        System.Guid primaryId,
        EntityImageCollection pre,
        EntityImageCollection post,
        EntityImageCollection[]? preCollection,
        EntityImageCollection[]? postCollection)
    {
        var origin = invocation.Origin;
        var step = registered.Definition;
        var preValidation = stage == PipelineStage.PreValidation;
        return new PluginExecutionContext
        {
            Scope = invocation.Scope(core.Options),
            MessageName = step.Message,
            Stage = (int)stage,
            Mode = (int)mode,
            PrimaryEntityId = primaryId,
            InputParameters = view.Input,
            View = view,
            ParentContext = preValidation ? origin.Parent! : null!,
            ParentSource = preValidation ? null : invocation,
            PreEntityImages = pre,
            PostEntityImages = post,
            PreEntityImagesCollection = preCollection!,
            PostEntityImagesCollection = postCollection!,
            IsInTransaction = mode == ExecutionMode.Synchronous && (!preValidation || origin.InTransaction),
            OwningExtension = registered.OwningExtension,
            OperationId = mode == ExecutionMode.Asynchronous ? core.Ids.NewId() : System.Guid.Empty,
        };
    }

    /// <summary>
    /// The context of a plugin a test runs directly: the step's message, stage and mode at depth 1, with no parent and
    /// with the images the test supplied (<see cref="DirectPluginRunner"/>).
    /// </summary>
    public static PluginExecutionContext ForDirect(OrganizationCore core, StepDefinition step, string entityName, System.Guid entityId, object target, Entity? preImage, Entity? postImage, System.Guid userId)
    {
        var output = new ParameterCollection();
        if (step.Stage == PipelineStage.PostOperation && step.Message == "Create") output["id"] = entityId;
        var pre = ImageBuilder.FromEntity(step, StepImageKind.PreImage, preImage);
        var post = ImageBuilder.FromEntity(step, StepImageKind.PostImage, postImage);
        return new PluginExecutionContext
        {
            Scope = new ContextScope(core.Options, entityName, 1, userId, userId, core.Ids.NewId(), core.Ids.NewId(), core.UtcNow),
            MessageName = step.Message,
            Stage = (int)step.Stage,
            Mode = (int)step.Mode,
            PrimaryEntityId = entityId,
            InputParameters = new ParameterCollection { ["Target"] = target },
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
    }

    /// <summary>
    /// The request's own context at its main operation (stage 30): the ParentContext of the child requests the
    /// platform makes on its behalf, such as the Delete of each row a cascade removes.
    /// </summary>
    public static PluginExecutionContext MainOperation(OrganizationCore core, PipelineInvocation invocation, PipelineItem item) => new()
    {
        Scope = invocation.Scope(core.Options),
        MessageName = invocation.Message,
        Stage = 30,
        Mode = (int)ExecutionMode.Synchronous,
        PrimaryEntityId = item.Id,
        InputParameters = item.Input,
        View = item,
        ParentContext = invocation.Origin.Parent!,
        PreEntityImages = item.NoImages,
        PostEntityImages = item.NoImages,
        IsInTransaction = true,
    };

    public static PluginExecutionContext PreValidationParent(ContextScope scope, PipelineInvocation invocation, PipelineItem view, string message, System.Guid primaryId)
    {
        var origin = invocation.Origin;
        return new PluginExecutionContext
        {
            Scope = scope,
            MessageName = message,
            Stage = (int)PipelineStage.PreValidation,
            Mode = (int)ExecutionMode.Synchronous,
            PrimaryEntityId = primaryId,
            InputParameters = view.Input,
            View = view,
            ParentContext = origin.Parent!,
            PreEntityImages = view.NoImages,
            PostEntityImages = view.NoImages,
            IsInTransaction = origin.InTransaction,
        };
    }
}
