using System;
using DataverseFunnel.InMemory;
using DataverseFunnel.Plugins.Bowtie.Settings;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins.Tests.TestSupport
{
    /// <summary>Environment variable rows as an import (definition) and an admin (current value) create them.</summary>
    internal static class EnvironmentVariableRows
    {
        /// <summary>Seeds the definition of <paramref name="setting"/> with its shipped default (or <paramref name="defaultValue"/>).</summary>
        public static Guid Define(this InMemoryOrganization org, EnvironmentSetting setting, string? defaultValue = null) =>
            org.Seed(new Entity("environmentvariabledefinition")
            {
                ["schemaname"] = setting.SchemaName,
                ["defaultvalue"] = defaultValue ?? setting.DefaultValue,
                ["type"] = new OptionSetValue((int)setting.Type),
            })[0];

        /// <summary>Defines <paramref name="setting"/> and gives it a current value, as an admin does in the app.</summary>
        public static void SetCurrentValue(this InMemoryOrganization org, EnvironmentSetting setting, string value)
        {
            var definition = org.Define(setting);
            org.CreateService().Create(new Entity("environmentvariablevalue")
            {
                ["schemaname"] = setting.SchemaName,
                ["value"] = value,
                ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", definition),
            });
        }
    }
}
