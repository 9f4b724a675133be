using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.XrmSdk.Tests.Extensions
{
    public class ServiceProviderExtensionsTests
    {
        private sealed class Tracing : ITracingService
        {
            public void Trace(string format, params object[] args)
            {
            }
        }

        private sealed class Factory : IOrganizationServiceFactory
        {
            public List<Guid?> Calls { get; } = new List<Guid?>();

            public IOrganizationService CreateOrganizationService(Guid? userId)
            {
                Calls.Add(userId);
                return new NoService();
            }
        }

        private sealed class NoService : IOrganizationService
        {
            public Guid Create(Entity entity) => throw new NotSupportedException();
            public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw new NotSupportedException();
            public void Update(Entity entity) => throw new NotSupportedException();
            public void Delete(string entityName, Guid id) => throw new NotSupportedException();
            public OrganizationResponse Execute(OrganizationRequest request) => throw new NotSupportedException();
            public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();
            public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();
            public EntityCollection RetrieveMultiple(QueryBase query) => throw new NotSupportedException();
        }

        private sealed class Provider : IServiceProvider
        {
            private readonly Dictionary<Type, object> _services = new Dictionary<Type, object>();

            public Provider Add<T>(T service)
                where T : notnull
            {
                _services[typeof(T)] = service;
                return this;
            }

            public object? GetService(Type serviceType) => _services.TryGetValue(serviceType, out var service) ? service : null;
        }

        [Fact]
        public void Get_SuppliedService_ReturnsIt()
        {
            var tracing = new Tracing();
            var provider = new Provider().Add<ITracingService>(tracing);

            Assert.Same(tracing, provider.Get<ITracingService>());
        }

        [Fact]
        public void Get_MissingService_ReturnsNull()
        {
            Assert.Null(new Provider().Get<ITracingService>());
        }

        [Fact]
        public void GetOrganizationService_UserId_GoesThroughFactory()
        {
            var factory = new Factory();
            var provider = new Provider().Add<IOrganizationServiceFactory>(factory);
            var user = Guid.NewGuid();

            provider.GetOrganizationService(user);
            provider.GetOrganizationService(null);

            Assert.Equal(new Guid?[] { user, null }, factory.Calls);
        }
    }
}
