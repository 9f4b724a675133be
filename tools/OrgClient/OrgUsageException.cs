using System;

namespace DataverseFunnel.OrgClient
{
    /// <summary>The connection options are wrong (bad usage, exit 2); the message is one line and holds no secret.</summary>
    public sealed class OrgUsageException : Exception
    {
        public OrgUsageException(string message)
            : base(message)
        {
        }
    }
}
