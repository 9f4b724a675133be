using System.Collections.Generic;

namespace DataverseFunnel.InMemory.CustomApis;

/// <summary>
/// Defines a Custom API in code, for tests:
/// <c>new CustomApiBuilder("sample_Sum").Request("A", CustomApiFieldType.Integer).Response("Sum", CustomApiFieldType.Integer).Plugin&lt;SumPlugin&gt;().Build()</c>.
/// </summary>
public sealed class CustomApiBuilder
{
    private readonly string _uniqueName;
    private readonly List<CustomApiField> _request = new();
    private readonly List<CustomApiField> _response = new();
    private CustomApiBindingType _binding = CustomApiBindingType.Global;
    private string? _boundEntity;
    private bool _isFunction;
    private CustomApiStepType _stepType = CustomApiStepType.SyncAndAsync;
    private string? _privilege;
    private string? _pluginType;

    public CustomApiBuilder(string uniqueName) => _uniqueName = uniqueName;

    public CustomApiBuilder Function()
    {
        _isFunction = true;
        return this;
    }

    public CustomApiBuilder BoundTo(string table, CustomApiBindingType binding = CustomApiBindingType.Entity)
    {
        _binding = binding;
        _boundEntity = table;
        return this;
    }

    public CustomApiBuilder AllowedSteps(CustomApiStepType stepType)
    {
        _stepType = stepType;
        return this;
    }

    public CustomApiBuilder Privilege(string privilegeName)
    {
        _privilege = privilegeName;
        return this;
    }

    public CustomApiBuilder Request(string uniqueName, CustomApiFieldType type, bool isOptional = false, string? logicalEntityName = null)
    {
        _request.Add(new CustomApiField(uniqueName, type, isOptional, logicalEntityName));
        return this;
    }

    public CustomApiBuilder Response(string uniqueName, CustomApiFieldType type, string? logicalEntityName = null)
    {
        _response.Add(new CustomApiField(uniqueName, type, false, logicalEntityName));
        return this;
    }

    public CustomApiBuilder Plugin(string pluginTypeName)
    {
        _pluginType = pluginTypeName;
        return this;
    }

    public CustomApiBuilder Plugin<TPlugin>()
        where TPlugin : Microsoft.Xrm.Sdk.IPlugin => Plugin(typeof(TPlugin).FullName!);

    public CustomApiDefinition Build() =>
        new(_uniqueName, _binding, _boundEntity, _isFunction, _stepType, _privilege, _pluginType, _request.ToArray(), _response.ToArray());
}
