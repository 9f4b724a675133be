using System;

namespace DataverseFunnel.Plugins.Bowtie.Configuration
{
    /// <summary>The configuration text is not valid JSON; the message says where.</summary>
    internal sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(string message)
            : base(message)
        {
        }
    }
}
