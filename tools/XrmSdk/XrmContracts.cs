namespace Microsoft.Xrm.Sdk
{
    /// <summary>The DataContract namespaces the real SDK uses; kept in one place so every contract agrees.</summary>
    internal static class XrmContracts
    {
        internal const string V2011 = "http://schemas.microsoft.com/xrm/2011/Contracts";
        internal const string V2012 = "http://schemas.microsoft.com/xrm/2012/Contracts";
        internal const string V71 = "http://schemas.microsoft.com/xrm/7.1/Contracts";
        internal const string V90 = "http://schemas.microsoft.com/xrm/9.0/Contracts";
        internal const string Metadata = "http://schemas.microsoft.com/xrm/2011/Metadata";
        internal const string Services = "http://schemas.microsoft.com/xrm/2011/Contracts/Services";
    }
}
