using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins
{
    /// <summary>One execution's context and services, created per call (never stored on the plugin).</summary>
    internal sealed class LocalPluginContext
    {
        private readonly ITracingService? _tracing;
        private readonly IOrganizationServiceFactory? _factory;
        private readonly string _pluginName;
        private IOrganizationService? _systemService;

        internal LocalPluginContext(IServiceProvider serviceProvider, string pluginName)
        {
            _pluginName = pluginName;
            Context = serviceProvider.GetService(typeof(IPluginExecutionContext)) as IPluginExecutionContext
                ?? throw new InvalidPluginExecutionException(pluginName + " needs a plugin execution context; run it from a registered step.");
            _tracing = serviceProvider.GetService(typeof(ITracingService)) as ITracingService;
            _factory = serviceProvider.GetService(typeof(IOrganizationServiceFactory)) as IOrganizationServiceFactory;
        }

        public IPluginExecutionContext Context { get; }

        /// <summary>The SYSTEM service: writes history users have no privilege for, in the same transaction.</summary>
        public IOrganizationService SystemService => _systemService ??= Factory.CreateOrganizationService(null);

        /// <summary>A service acting as the user the step runs for, so their security applies.</summary>
        public IOrganizationService UserService => Factory.CreateOrganizationService(Context.UserId);

        /// <summary>The operation time from the platform; the rules never read the wall clock.</summary>
        public DateTime OperationTime =>
            Context.OperationCreatedOn != default ? DateTime.SpecifyKind(Context.OperationCreatedOn, DateTimeKind.Utc) : DateTime.UtcNow;

        private IOrganizationServiceFactory Factory => _factory
            ?? throw new InvalidPluginExecutionException(_pluginName + " needs the organization service factory; run it from a registered step.");

        public void Trace(string message) => _tracing?.Trace("{0}", message);

        /// <summary>The record being created or updated; refuses clearly when the step is registered on the wrong message.</summary>
        public Entity Target()
        {
            if (Context.InputParameters.Contains("Target") && Context.InputParameters["Target"] is Entity target)
            {
                return target;
            }

            throw new InvalidPluginExecutionException(
                _pluginName + " expects a record in Target (Create or Update), but the " + Context.MessageName +
                " step gave none. Check the step registration.");
        }

        /// <summary>True for the legacy state messages, which carry EntityMoniker/State/Status instead of a Target.</summary>
        public static bool IsSetState(string message) => message == "SetState" || message == "SetStateDynamicEntity";

        /// <summary>The record being saved: the Target, or for SetState/SetStateDynamicEntity the state change it asks for.</summary>
        public Entity ChangedRecord() => IsSetState(Context.MessageName) ? StateChange() : Target();

        /// <summary>
        /// A SetState/SetStateDynamicEntity request as the record it changes (statecode, and statuscode unless -1, the
        /// state's default); those legacy messages carry EntityMoniker, State and Status instead of a Target.
        /// </summary>
        public Entity StateChange()
        {
            var input = Context.InputParameters;
            if (input.Contains("EntityMoniker") && input["EntityMoniker"] is EntityReference moniker &&
                input.Contains("State") && input["State"] is OptionSetValue state &&
                input.Contains("Status") && input["Status"] is OptionSetValue status)
            {
                var record = new Entity(moniker.LogicalName, moniker.Id) { ["statecode"] = new OptionSetValue(state.Value) };
                if (status.Value != -1)
                {
                    record["statuscode"] = new OptionSetValue(status.Value);
                }

                return record;
            }

            throw new InvalidPluginExecutionException(
                _pluginName + " expects EntityMoniker, State and Status on the " + Context.MessageName + " step, but the request has none. Check the step registration.");
        }

        /// <summary>The pre-image; a missing one means the step was registered without it, which the message says.</summary>
        public Entity PreImage(string alias)
        {
            if (Context.PreEntityImages != null && Context.PreEntityImages.Contains(alias) && Context.PreEntityImages[alias] != null)
            {
                return Context.PreEntityImages[alias];
            }

            throw new InvalidPluginExecutionException(
                _pluginName + " needs the pre-image '" + alias + "' on its " + Context.MessageName + " step of " +
                Context.PrimaryEntityName + ", but the step was registered without it. Register the step with a pre-image named '" +
                alias + "' (see the plugin's StepRegistration) and try again.");
        }
    }
}
