using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>The columns a query or retrieve returns.</summary>
    [DataContract(Name = "ColumnSet", Namespace = XrmContracts.V2011)]
    public sealed class ColumnSet : IExtensibleDataObject
    {
        private DataCollection<string> _columns = new DataCollection<string>();

        /// <summary>Initializes an empty column set (no columns).</summary>
        public ColumnSet()
        {
        }

        /// <summary>Initializes a column set that returns all columns or none.</summary>
        public ColumnSet(bool allColumns)
        {
            AllColumns = allColumns;
        }

        /// <summary>Initializes a column set with the given columns.</summary>
        public ColumnSet(params string[] columns)
        {
            _columns.AddRange(columns);
        }

        /// <summary>Whether all columns are returned.</summary>
        [DataMember]
        public bool AllColumns { get; set; }

        /// <summary>The column logical names.</summary>
        [DataMember]
        public DataCollection<string> Columns
        {
            get => _columns;
            private set => _columns = value ?? new DataCollection<string>();
        }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }

        /// <summary>Adds a column.</summary>
        public void AddColumn(string column) => _columns.Add(column);

        /// <summary>Adds columns.</summary>
        public void AddColumns(params string[] columns) => _columns.AddRange(columns);
    }
}
