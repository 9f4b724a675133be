namespace Microsoft.Xrm.Sdk.PluginTelemetry
{
    /// <summary>Identifies a logging event: a numeric id and an optional name.</summary>
    public class EventId
    {
        /// <summary>Initializes an event id.</summary>
        public EventId(int id, string? name = null)
        {
            Id = id;
            Name = name;
        }

        /// <summary>The numeric id.</summary>
        public int Id { get; }

        /// <summary>The name, if any.</summary>
        public string? Name { get; }
    }
}
