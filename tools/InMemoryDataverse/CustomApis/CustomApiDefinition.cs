using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.CustomApis;

/// <summary>
/// One Custom API: a message named by its unique name whose main operation (stage 30) is the plugin type it is bound
/// to ("Create and use custom APIs", https://learn.microsoft.com/power-apps/developer/data-platform/custom-api).
/// </summary>
public sealed class CustomApiDefinition
{
    public CustomApiDefinition(
        string uniqueName,
        CustomApiBindingType bindingType,
        string? boundEntityLogicalName,
        bool isFunction,
        CustomApiStepType allowedCustomProcessingStepType,
        string? executePrivilegeName,
        string? pluginTypeName,
        IReadOnlyList<CustomApiField> requestParameters,
        IReadOnlyList<CustomApiField> responseProperties)
    {
        if (string.IsNullOrWhiteSpace(uniqueName)) throw new ArgumentException("A Custom API needs a unique name.", nameof(uniqueName));
        if (bindingType != CustomApiBindingType.Global && string.IsNullOrEmpty(boundEntityLogicalName))
        {
            throw new ArgumentException($"Custom API '{uniqueName}' is bound ({bindingType}) but names no bound table.", nameof(boundEntityLogicalName));
        }

        UniqueName = uniqueName;
        BindingType = bindingType;
        BoundEntityLogicalName = bindingType == CustomApiBindingType.Global ? null : boundEntityLogicalName;
        IsFunction = isFunction;
        AllowedCustomProcessingStepType = allowedCustomProcessingStepType;
        ExecutePrivilegeName = executePrivilegeName;
        PluginTypeName = pluginTypeName;
        RequestParameters = requestParameters;
        ResponseProperties = responseProperties;
    }

    public string UniqueName { get; }

    public CustomApiBindingType BindingType { get; }

    public string? BoundEntityLogicalName { get; }

    /// <summary>A function (GET in the Web API, no side effects) rather than an action (POST).</summary>
    public bool IsFunction { get; }

    public CustomApiStepType AllowedCustomProcessingStepType { get; }

    public string? ExecutePrivilegeName { get; }

    /// <summary>The full name of the plugin type that is the main operation; null for a message with no main operation.</summary>
    public string? PluginTypeName { get; }

    public IReadOnlyList<CustomApiField> RequestParameters { get; }

    public IReadOnlyList<CustomApiField> ResponseProperties { get; }

    /// <summary>The table the message's steps and context name as primary entity: the bound table, or "none".</summary>
    public string PrimaryEntity => BoundEntityLogicalName ?? "none";
}
