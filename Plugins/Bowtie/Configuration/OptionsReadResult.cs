namespace DataverseFunnel.Plugins.Bowtie.Configuration
{
    /// <summary>The outcome of reading a step configuration: the options, or a message that names what to fix.</summary>
    internal sealed class OptionsReadResult
    {
        private OptionsReadResult(BowtieOptions? options, string? error)
        {
            Options = options;
            Error = error;
        }

        public static OptionsReadResult Success(BowtieOptions options) => new OptionsReadResult(options, null);

        public static OptionsReadResult Failure(string error) => new OptionsReadResult(null, error);

        public BowtieOptions? Options { get; }

        /// <summary>Null when the configuration is valid.</summary>
        public string? Error { get; }

        public bool IsValid => Error == null;
    }
}
