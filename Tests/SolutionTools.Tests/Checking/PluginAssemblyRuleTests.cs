using DataverseFunnel.SolutionTools.Checking.Rules;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    /// <summary>Which plugin targets and references break the sandbox (error), merely differ (warning/info), or are fine.</summary>
    public class PluginAssemblyRuleTests
    {
        [Theory]
        [InlineData(".NETFramework,Version=v4.6.2", null)]
        [InlineData(".NETFramework,Version=v4.7.2", "ASM007")]
        [InlineData(".NETCoreApp,Version=v10.0", "ASM003")]
        [InlineData(null, "ASM003")]
        public void FrameworkRule_SaysWhetherTheSandboxLoadsIt(string? framework, string? rule) =>
            Assert.Equal(rule, PluginAssemblyRules.FrameworkRule(framework));

        [Theory]
        [InlineData("mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089", null)]
        [InlineData("Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", null)]
        [InlineData("Microsoft.Xrm.Sdk, Version=8.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", "ASM006")]
        [InlineData("Microsoft.Crm.Sdk.Proxy, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", "ASM006")]
        [InlineData("Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef", "ASM004")]
        [InlineData("Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed", "ASM004")]
        public void ReferenceRule_SaysWhetherTheSandboxSuppliesIt(string reference, string? rule) =>
            Assert.Equal(rule, PluginAssemblyRules.ReferenceRule(reference));
    }
}
