using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The typed requests and responses of this surface (DataContract known types of the base message classes).</summary>
    internal static class KnownMessageTypes
    {
        internal static IEnumerable<Type> Requests() => new[]
        {
            typeof(CreateRequest), typeof(RetrieveRequest), typeof(UpdateRequest), typeof(DeleteRequest),
            typeof(RetrieveMultipleRequest), typeof(AssociateRequest), typeof(DisassociateRequest),
            typeof(CreateMultipleRequest), typeof(UpdateMultipleRequest),
        };

        internal static IEnumerable<Type> Responses() => new[]
        {
            typeof(CreateResponse), typeof(RetrieveResponse), typeof(UpdateResponse), typeof(DeleteResponse),
            typeof(RetrieveMultipleResponse), typeof(AssociateResponse), typeof(DisassociateResponse),
            typeof(CreateMultipleResponse), typeof(UpdateMultipleResponse),
        };
    }
}
