using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// The process furthest behind its target, and the sentence that says so in the framework's words; the motion and
    /// the campaign that are its gap, when one is big enough and clearly below the rest (<see cref="WeakestLinkFinder"/>).
    /// </summary>
    public sealed record WeakestLink(
        BowtieStage From,
        BowtieStage To,
        double Conversion,
        double Target,
        string Sentence,
        GroupGap? Motion = null,
        GroupGap? Campaign = null);
}
