namespace DataverseFunnel.Cli
{
    /// <summary>Exit codes shared by every verb.</summary>
    internal static class ExitCodes
    {
        /// <summary>Done, nothing found.</summary>
        public const int Ok = 0;

        /// <summary>The command ran and found something (findings, blocked words) or the operation failed.</summary>
        public const int Findings = 1;

        /// <summary>Bad usage: unknown option, missing argument, unreadable input.</summary>
        public const int Usage = 2;
    }
}
