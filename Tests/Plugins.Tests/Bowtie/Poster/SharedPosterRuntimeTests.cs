using System;
using System.IO;
using System.Text;
using DataverseFunnel.Plugins.Bowtie.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Poster;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Poster
{
    /// <summary>
    /// The shared drawing and document writer give the same bytes on net462 (what Dataverse runs) as on net10.0 (the
    /// CLI): Expected/ was written by the net10.0 run of <see cref="Sample"/>; both frameworks must match it.
    /// </summary>
    public class SharedPosterRuntimeTests
    {
        [Fact]
        public void PosterSvgAndMetricsJson_AreTheSameBytesOnEveryRuntime()
        {
            var metrics = Sample();

            Assert.Equal(Expected("journey-rows.svg"), SvgPosterWriter.ToSvg(metrics));
            Assert.Equal(Expected("journey-rows.json"), MetricsDocument.ToJson(metrics));
        }

        /// <summary>Forty journeys from stamps (some skip, some go live and one off-boards), two motions and campaigns.</summary>
        internal static BowtieMetrics Sample()
        {
            var from = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var metrics = new JourneyRowMetrics(from, from.AddDays(180), JourneyFilter.All, ConversionTargets.Default);
            for (var i = 0; i < 40; i++)
            {
                var stamps = new DateTime?[BowtieVocabulary.StageCount];
                var at = from.AddDays(i).AddHours(i % 7);
                var furthest = i % 5 == 0 ? 5 : i % 3;
                for (var stage = 0; stage <= furthest; stage++)
                {
                    stamps[stage] = at;
                    at = at.AddDays(i % 4 == 0 && stage == 1 ? 0 : 3 + (i % 11));
                }

                metrics.AddJourney(stamps, i % 2 == 0 ? "Inbound" : "Outbound", i % 3 == 0 ? "Spring <webinar> & \"friends\"" : null);
                if (furthest >= 4)
                {
                    var id = "J" + i;
                    metrics.AddMove(id, stamps[4]!.Value, 4, null, 800m + i, "Inbound", null);
                    if (i % 10 == 0)
                    {
                        metrics.AddMove(id, stamps[4]!.Value.AddDays(20), null, BowtieExit.OffBoarded, 0m, "Inbound", null);
                    }
                }
            }

            return metrics.Build();
        }

        private static string Expected(string file) =>
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bowtie", "Poster", "Expected", file), Encoding.UTF8);
    }
}
