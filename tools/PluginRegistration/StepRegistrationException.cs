using System;

namespace DataverseFunnel.Registration
{
    /// <summary>A step registration that Dataverse would refuse, or that cannot be read.</summary>
    public sealed class StepRegistrationException : Exception
    {
        public StepRegistrationException(string message)
            : base(message)
        {
        }
    }
}
