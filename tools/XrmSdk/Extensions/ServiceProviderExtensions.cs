using System;

namespace Microsoft.Xrm.Sdk.Extensions
{
    /// <summary>Typed access to the services a plug-in's IServiceProvider supplies.</summary>
    public static class ServiceProviderExtensions
    {
        /// <summary>Gets the service of type T (e.g. IPluginExecutionContext7, ITracingService); null when not supplied.</summary>
        public static T Get<T>(this IServiceProvider serviceProvider)
        {
            if (serviceProvider == null) throw new ArgumentNullException(nameof(serviceProvider));
            return (T)serviceProvider.GetService(typeof(T))!;
        }

        /// <summary>Creates an organization service for a user through IOrganizationServiceFactory (null = SYSTEM).</summary>
        public static IOrganizationService GetOrganizationService(this IServiceProvider serviceProvider, Guid? userId)
        {
            var factory = serviceProvider.Get<IOrganizationServiceFactory>()
                ?? throw new InvalidOperationException("The service provider does not supply an IOrganizationServiceFactory.");
            return factory.CreateOrganizationService(userId);
        }
    }
}
