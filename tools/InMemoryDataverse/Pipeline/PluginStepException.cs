using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>A synchronous step threw; carries the fault the caller will receive.</summary>
internal sealed class PluginStepException : Exception
{
    public PluginStepException(FaultException<OrganizationServiceFault> fault, Exception inner)
        : base(fault.Detail.Message, inner) => Fault = fault;

    public FaultException<OrganizationServiceFault> Fault { get; }
}
