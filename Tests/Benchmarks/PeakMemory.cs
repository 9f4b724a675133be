using System;
using System.Diagnostics;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>Peak memory of a benchmark process: collect between iterations, print the peak working set at the end.</summary>
    internal static class PeakMemory
    {
        // Collect the previous iteration's garbage first, so the peak working set is that of one run, not of several.
        public static void Collect() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

        public static void Report(string what)
        {
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"// Peak working set: {self.PeakWorkingSet64 / (1024.0 * 1024):F0} MB ({what})");
        }
    }
}
