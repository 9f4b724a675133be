using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Runs a child process and samples its own peak working set (VmHWM, which exec resets, so nothing of this process is
    /// counted) and CPU time every 20 ms until it exits: a client measured apart from the server in this process.
    /// </summary>
    internal static class MeasuredProcess
    {
        public sealed record Result(int ExitCode, string Output, double PeakMb, double CpuSeconds);

        public static Result Run(string fileName, IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            var output = new StringBuilder();
            using var process = Process.Start(start)!;
            process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (output) output.AppendLine(line.Data); };
            process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (output) output.AppendLine(line.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            long peak = 0;
            var cpu = TimeSpan.Zero;
            while (!process.WaitForExit(20))
            {
                try
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.PeakWorkingSet64);
                    cpu = process.TotalProcessorTime;
                }
                catch (InvalidOperationException)
                {
                    // Exited between the wait and the read.
                }
            }

            process.WaitForExit();
            lock (output) return new Result(process.ExitCode, output.ToString(), peak / (1024.0 * 1024), cpu.TotalSeconds);
        }
    }
}
