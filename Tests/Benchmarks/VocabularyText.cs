using System.Text;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>Deterministic, realistic seller notes for the vocabulary benchmarks: mostly clean prose, some terms, some look-alikes.</summary>
    internal static class VocabularyText
    {
        private static readonly string[] Sentences =
        {
            "The customer asked for a second demo with the finance team before the end of the month.",
            "We reviewed the onboarding plan and agreed on the first milestones for the pilot.",
            "Their head of operations wants to see how usage is measured across regions.",
            "Discovery call went well; the buyer shared three problems and a rough budget.",
            "Next step is a proposal that ties the price to the impact they expect this year.",
            "The champion will bring procurement and legal into the conversation next week.",
            "Open the window in the dashboard to see the winter pipeline by campaign.",
            "We stay close to the account team and follow every renewal closely.",
            "Use the expandable menu on the left to switch between inbound and outbound views.",
            "Support closed the ticket after the integration was fixed on Tuesday.",
            "The account manager scheduled a quarterly business review with the sponsor.",
            "They want recurring reports that show adoption, health and time in stage.",
            "Marketing sent a nurture sequence to the prospects who downloaded the guide.",
            "The sales engineer confirmed the system can deliver before pre-boarding starts.",
        };

        private static readonly string[] WithTerms =
        {
            "We expect to close the deal before the quarter ends.",
            "They negotiated a discount on the second year.",
            "The expansion into their German entity is on track.",
            "Two accounts churned after the price change.",
            "Our win rate with enterprise buyers improved.",
            "The opportunity moved to closed-won on Friday.",
        };

        public static string PlainEnglish(int size, int seed) => Build(size, seed, html: false);

        public static string HtmlDescription(int size, int seed) => Build(size, seed, html: true);

        private static string Build(int size, int seed, bool html)
        {
            var builder = new StringBuilder(size + 256);
            var state = (uint)seed;
            var sentenceInParagraph = 0;
            if (html)
            {
                builder.Append("<div class=\"win\"><p>");
            }

            while (builder.Length < size)
            {
                state = (state * 1664525u) + 1013904223u; // deterministic LCG: same text on every run and machine
                var pick = (int)(state >> 8);
                var sentence = pick % 40 == 0 ? WithTerms[(pick >> 6) % WithTerms.Length] : Sentences[pick % Sentences.Length];
                builder.Append(sentence).Append(' ');
                if (html && ++sentenceInParagraph == 6)
                {
                    builder.Append("</p><p>Notes&nbsp;from <b>the</b> call: ");
                    sentenceInParagraph = 0;
                }
                else if (!html && ++sentenceInParagraph == 6)
                {
                    builder.Append('\n');
                    sentenceInParagraph = 0;
                }
            }

            if (html)
            {
                builder.Append("</p></div>");
            }

            return builder.ToString(0, html ? builder.Length : size);
        }
    }
}
