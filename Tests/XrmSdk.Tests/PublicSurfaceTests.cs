using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DataverseFunnel.XrmSdk.Tests.Surface;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.XrmSdk.Tests
{
    /// <summary>Any change to the public surface of the SDK stand-in must be deliberate: it fails against the committed baseline.</summary>
    public class PublicSurfaceTests
    {
        private static string Net10Assembly => typeof(Entity).Assembly.Location;

        private static string Net462Assembly => RepositoryPaths.Output(Path.Combine("tools", "XrmSdk"), "net462", "Microsoft.Xrm.Sdk.dll");

        [Fact]
        public void PublicSurface_Net10Build_MatchesCommittedBaseline()
        {
            var baselinePath = Path.Combine(AppContext.BaseDirectory, "PublicSurface.txt");
            var expected = File.ReadAllLines(baselinePath).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)).ToList();
            var actual = PublicSurfaceReader.Read(Net10Assembly);

            File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "PublicSurface.actual.txt"), actual);
            Assert.True(expected.SequenceEqual(actual), Difference(expected, actual));
        }

        [Fact]
        public void PublicSurface_Net462Build_IdenticalToNet10Build()
        {
            Assert.True(File.Exists(Net462Assembly), "net462 build of the SDK surface not found at " + Net462Assembly);

            var net462 = PublicSurfaceReader.Read(Net462Assembly);
            var net10 = PublicSurfaceReader.Read(Net10Assembly);

            Assert.True(net10.SequenceEqual(net462), Difference(net10, net462));
        }

        [Fact]
        public void PublicSurface_EveryMember_NamesItsDeclaringType()
        {
            var lines = PublicSurfaceReader.Read(Net10Assembly);

            Assert.Contains("Microsoft.Xrm.Sdk.IPluginExecutionContext4::property Microsoft.Xrm.Sdk.EntityImageCollection[] PreEntityImagesCollection { public get; }", lines);
            Assert.DoesNotContain(lines, l => l.StartsWith("Microsoft.Xrm.Sdk.IPluginExecutionContext7::", StringComparison.Ordinal) && l.Contains("PreEntityImagesCollection", StringComparison.Ordinal));
        }

        private static string Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
        {
            var missing = expected.Except(actual).Take(20).Select(l => "- " + l);
            var extra = actual.Except(expected).Take(20).Select(l => "+ " + l);
            return "Public surface differs (- expected only, + actual only); bin/<config>/net10.0/PublicSurface.actual.txt has the full actual list:\n"
                + string.Join("\n", missing.Concat(extra));
        }
    }
}
