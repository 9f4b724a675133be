using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// The one base of every DataverseFunnel plugin. It gets the context and services, traces entry and exit, and
    /// turns every failure into an <see cref="InvalidPluginExecutionException"/> with a message a person can act on —
    /// never a NullReferenceException or the platform's generic "unexpected error". Stateless: derived plugins keep
    /// only immutable configuration parsed in their constructor, because the platform reuses one instance on many threads.
    /// </summary>
    public abstract class PluginBase : IPlugin
    {
        private protected PluginBase(string? unsecureConfiguration, string? secureConfiguration)
        {
            UnsecureConfiguration = unsecureConfiguration;
            SecureConfiguration = secureConfiguration;
            PluginName = GetType().Name;
        }

        /// <summary>The step's unsecure configuration, as registered.</summary>
        protected string? UnsecureConfiguration { get; }

        /// <summary>The step's secure configuration, as registered.</summary>
        protected string? SecureConfiguration { get; }

        protected string PluginName { get; }

        public void Execute(IServiceProvider serviceProvider)
        {
            if (serviceProvider == null)
            {
                throw new InvalidPluginExecutionException(PluginName + " was run without a service provider; run it from a registered step.");
            }

            var local = new LocalPluginContext(serviceProvider, PluginName);
            var context = local.Context;
            local.Trace("Entered " + PluginName + ": " + context.MessageName + " of " + context.PrimaryEntityName +
                        ", stage " + context.Stage + ", depth " + context.Depth);
            try
            {
                ExecuteCore(local);
                local.Trace("Exited " + PluginName);
            }
            catch (InvalidPluginExecutionException e)
            {
                local.Trace("Refused by " + PluginName + ": " + e.Message);
                throw;
            }
            catch (Exception e) when (IsServiceFault(e))
            {
                // A call this step made failed (e.g. another rule refused it): pass that message on, it says what to fix.
                local.Trace("A call from " + PluginName + " failed: " + e.Message);
                throw new InvalidPluginExecutionException(e.Message, e);
            }
            catch (Exception e)
            {
                local.Trace(PluginName + " failed: " + e);
                throw new InvalidPluginExecutionException(
                    "The bowtie step " + PluginName + " could not finish (" + e.GetType().Name + "), so nothing was saved. " +
                    "Try again; if it keeps happening, ask an administrator to check the plug-in trace log.", e);
            }
        }

        /// <summary>The plugin's work. Throw <see cref="InvalidPluginExecutionException"/> to refuse the operation.</summary>
        private protected abstract void ExecuteCore(LocalPluginContext context);

        // Matched by name so the net462 build needs no System.ServiceModel reference: FaultException<OrganizationServiceFault>.
        private static bool IsServiceFault(Exception e) =>
            e.GetType().FullName?.StartsWith("System.ServiceModel.FaultException", StringComparison.Ordinal) == true;
    }
}
