using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Provides programmatic access to the metadata and data for an organization.</summary>
    [ServiceContract(Name = "IOrganizationService", Namespace = XrmContracts.Services)]
    public interface IOrganizationService
    {
        /// <summary>Creates a record.</summary>
        [OperationContract]
        Guid Create(Entity entity);

        /// <summary>Retrieves a record.</summary>
        [OperationContract]
        Entity Retrieve(string entityName, Guid id, ColumnSet columnSet);

        /// <summary>Updates an existing record.</summary>
        [OperationContract]
        void Update(Entity entity);

        /// <summary>Deletes a record.</summary>
        [OperationContract]
        void Delete(string entityName, Guid id);

        /// <summary>Executes a message in the form of a request, and returns a response.</summary>
        [OperationContract]
        OrganizationResponse Execute(OrganizationRequest request);

        /// <summary>Creates a link between records.</summary>
        [OperationContract]
        void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

        /// <summary>Deletes a link between records.</summary>
        [OperationContract]
        void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

        /// <summary>Retrieves a collection of records.</summary>
        [OperationContract]
        EntityCollection RetrieveMultiple(QueryBase query);
    }
}
