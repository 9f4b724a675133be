using System;
using System.CommandLine;
using System.IO;
using System.Net.Http;

namespace DataverseFunnel.OrgClient.Tests.TestSupport
{
    /// <summary>Runs one org verb against a scripted org with its output captured (no console swapping: tests may run in parallel).</summary>
    internal static class Verb
    {
        public static (int Exit, string Output, string Error) Run(Func<HttpMessageHandler, TextWriter, TextWriter, Command> build, HttpMessageHandler handler, params string[] args)
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            var command = build(handler, output, error);
            var parsed = command.Parse(args);
            Assert.Empty(parsed.Errors);
            return (parsed.Invoke(), output.ToString(), error.ToString());
        }
    }
}
