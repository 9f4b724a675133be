using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.TestSupport;

internal static class FaultAssert
{
    /// <summary>Asserts the call fails with an OrganizationServiceFault and returns the fault.</summary>
    public static OrganizationServiceFault Throws(Action call)
    {
        var exception = Assert.Throws<FaultException<OrganizationServiceFault>>(call);
        return exception.Detail;
    }
}
