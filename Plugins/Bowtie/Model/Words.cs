using System.Collections.Generic;
using System.Text;

namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>Joins labels the way a person writes them: "SQL", "MQL and SQL", "Outbound, Inbound or Target".</summary>
    internal static class Words
    {
        public static string List(IReadOnlyList<string> items, string conjunction)
        {
            var text = new StringBuilder();
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(i == items.Count - 1 ? " " + conjunction + " " : ", ");
                }

                text.Append(items[i]);
            }

            return text.ToString();
        }
    }
}
