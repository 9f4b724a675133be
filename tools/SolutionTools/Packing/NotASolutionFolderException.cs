using System;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// The folder has no Other/Solution.xml, so it is not a SolutionPackager layout at all: one problem, said once,
    /// instead of one per unrelated subfolder.
    /// </summary>
    public sealed class NotASolutionFolderException : PackException
    {
        public NotASolutionFolderException(string folder)
            : base(new[] { new PackProblem("Other/Solution.xml", "missing: the folder is not an unpacked solution") }, $"{folder} is not an unpacked solution: no Other/Solution.xml")
        {
        }
    }
}
