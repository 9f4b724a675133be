using System;

namespace DataverseFunnel.OrgClient
{
    /// <summary>Signing in failed (identity endpoint refused or unreachable); the message is one redacted line.</summary>
    public sealed class OrgSignInException : Exception
    {
        public OrgSignInException(string message)
            : base(message)
        {
        }
    }
}
