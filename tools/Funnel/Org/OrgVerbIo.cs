using System;
using System.IO;
using System.Net.Http;

namespace DataverseFunnel.Cli.Org
{
    /// <summary>
    /// Where an org verb talks: the HTTP stack and its output and error writers. The console and a real network by
    /// default; tests give a scripted org and captured writers, so they need not swap the console.
    /// </summary>
    internal sealed record OrgVerbIo(HttpMessageHandler? Handler = null, TextWriter? Output = null, TextWriter? Error = null)
    {
        public TextWriter Out => Output ?? Console.Out;

        public TextWriter Err => Error ?? Console.Error;
    }
}
