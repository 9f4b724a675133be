using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Defines the interface for a plug-in.</summary>
    public interface IPlugin
    {
        void Execute(IServiceProvider serviceProvider);
    }
}
