namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>What kind of move a stage-history row records (global choice <c>bowtie_transitionkind</c>).</summary>
    public enum TransitionKind
    {
        /// <summary>One stage forward, with the process's exit criteria met.</summary>
        Forward = 269840000,

        /// <summary>Part of a move over more than one stage (allowed by configuration, with a reason); skipped stages last zero days.</summary>
        Skip = 269840001,

        /// <summary>An MQL or SQL sent back to Prospect for nurture, with a reason.</summary>
        Recycle = 269840002,

        /// <summary>The journey left the bowtie: Off-boarded or Not a fit, with a reason.</summary>
        Exit = 269840003,

        /// <summary>An exited journey came back, at the stage it left.</summary>
        Reactivation = 269840004,

        /// <summary>A system administrator's explicit correction of the history.</summary>
        Correction = 269840005,

        /// <summary>The journey was created.</summary>
        Created = 269840006,
    }
}
