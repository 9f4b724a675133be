namespace DataverseFunnel.Plugins.Bowtie.Rules
{
    /// <summary>What the rules decided about an attempted change.</summary>
    internal enum DecisionOutcome
    {
        /// <summary>Nothing in the bowtie changes (e.g. the same stage again): save as asked, write no history.</summary>
        NoOp,

        /// <summary>The move is allowed: apply the stamps and write the transitions.</summary>
        Allowed,

        /// <summary>The move breaks the model: refuse the save with the message.</summary>
        Refused,
    }
}
