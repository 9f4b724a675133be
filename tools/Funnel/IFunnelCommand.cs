using System.CommandLine;

namespace DataverseFunnel.Cli
{
    /// <summary>
    /// One verb of the <c>funnel</c> command line. Each verb lives in its own class under Commands/ and is found by
    /// reflection, so adding a verb never touches Program.
    /// </summary>
    internal interface IFunnelCommand
    {
        /// <summary>Builds the verb: its arguments, options and action. The action returns the process exit code.</summary>
        Command Build();
    }
}
