using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// The framework's customer-centric vocabulary: Commit, never win or close; Trade, never negotiate; Grow, never
    /// expand; Off-board for a customer who leaves. Each term lists its inflections with the matching inflection of
    /// the preferred word, the phrases that are fine, and the sense rules that keep "close to" or "expanded view"
    /// out. Default action: Block (a seller learns the word); a step's configuration can switch all to Rewrite or Warn.
    /// Everything is built fresh per call: no shared mutable state.
    /// </summary>
    internal static class DefaultLexicon
    {
        public static IReadOnlyList<VocabularyTerm> Terms() => new[] { Win(), Close(), Negotiation(), Expansion(), Churn() };

        /// <summary>
        /// The default terms' reasons in French, for a seller whose UI language is French (the words themselves stay
        /// English: the lexicon reads English text). Null for a term that is not a default.
        /// </summary>
        public static string? FrenchWhy(string term)
        {
            switch (term)
            {
                case "win": return "Nous disons 'commit' (engagement), pas 'win' : gagner marque une fin pour un seul camp ; un engagement est mutuel et c'est un début.";
                case "close": return "Nous disons 'commit' (engagement), pas 'close' : conclure marque une fin ; un engagement est mutuel et c'est un début.";
                case "negotiation": return "Nous disons 'trade' (échange), pas 'negotiation' : dans un échange, chaque partie apporte quelque chose de valeur.";
                case "expansion": return "Nous disons 'grow' (croissance), pas 'expand' : l'expansion parle de nous, la croissance parle du client.";
                case "churn": return "Nous disons 'off-board' (départ), pas 'churn' : un client qui part a une raison, et nous en apprenons.";
                default: return null;
            }
        }

        /// <summary>Words skipped to find a verb's object ("close the window").</summary>
        public static string[] Determiners() => new[]
        {
            "the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her", "its", "all",
        };

        /// <summary>Words after which a past participle is needed ("has grown", not "has grew").</summary>
        public static string[] Auxiliaries() => new[]
        {
            "has", "have", "had", "having", "been", "be", "is", "are", "was", "were", "being", "get", "got", "gets", "getting",
        };

        private static VocabularyTerm Win()
        {
            // "win-back" (winning a former customer back) is an established marketing compound, not a deal won.
            var notWinBack = new SenseRule(
                "not winning a customer back: 'win back', 'won them back'",
                notBefore: new[] { "back" },
                skippedBeforeObject: new[] { "them", "him", "her", "us", "it", "you", "one", "some", "many", "customers", "users" });
            return new VocabularyTerm(
                "win", "commit",
                "We say 'commit', not 'win': a win marks an end for one side; a commitment is mutual and is a beginning.",
                VocabularyAction.Block,
                new[]
                {
                    new TermForm("win rate", "commit rate"),
                    new TermForm("win", "commit", notWinBack),
                    new TermForm("wins", "commits", notWinBack),
                    new TermForm("winning", "committing", notWinBack),
                    new TermForm("won", "committed", notWinBack),
                },
                // "win-win" is the framework's own praise of a trade; "won" is also a currency.
                new[] { "win-win", "korean won", "win-back", "win-backs" });
        }

        private static VocabularyTerm Close()
        {
            var sales = SalesSense();
            return new VocabularyTerm(
                "close", "commit",
                "We say 'commit', not 'close': closing marks an end; a commitment is mutual and is a beginning.",
                VocabularyAction.Block,
                new[]
                {
                    new TermForm("closed won", "committed"),
                    new TermForm("closed lost", "not committed"),
                    new TermForm("close rate", "commit rate"),
                    new TermForm("close date", "commit date"),
                    new TermForm("closing date", "commit date"),
                    new TermForm("close", "commit", sales),
                    new TermForm("closes", "commits", sales),
                    new TermForm("closed", "committed", sales),
                    new TermForm("closing", "committing", sales),
                },
                new[] { "closed loop" });
        }

        /// <summary>"close" counts only with a sales object nearby, and not as an adjective or a UI action.</summary>
        private static SenseRule SalesSense() => new SenseRule(
            "sales sense: a sales word (deal, sale, opportunity, date, rate, won, lost, business, contract, quarter…) " +
            "within 3 words before or 4 after in the same sentence; not 'close to/by/up', not 'a/very/so close', " +
            "not closing a window, tab, dialog, ticket or a friend",
            requiresNearby: new[]
            {
                "deal", "deals", "sale", "sales", "opportunity", "opportunities", "opp", "opps", "oppty", "date", "dates",
                "rate", "rates", "won", "lost", "business", "contract", "contracts", "quarter", "quarters", "q1", "q2",
                "q3", "q4", "quota", "pipeline", "forecast", "revenue", "booking", "bookings", "order", "orders",
                "customer", "customers", "client", "clients", "prospect", "prospects", "buyer", "buyers", "signature",
                "arr", "mrr", "acv", "seller", "sellers", "rep", "reps", "purchase", "renewal", "upsell", "agreement",
            },
            notBefore: new[]
            {
                "to", "by", "up", "window", "windows", "tab", "tabs", "dialog", "dialogs", "dialogue", "popup", "modal",
                "browser", "app", "file", "files", "form", "forms", "menu", "panel", "door", "doors", "ticket", "tickets",
                "case", "cases", "bug", "bugs", "issue", "issues", "session", "connection", "account", "accounts",
                "friend", "friends", "relationship", "relationships", "call", "attention", "eye", "eyes", "look",
                "contact", "second", "race", "match", "family", "knit", "together", "enough", "range", "encounter",
                "remarks", "thoughts", "statement", "argument", "ceremony", "price", "prices", "bell", "bracket", "tag",
                "quote", "parenthesis", "beta", "source", "captions", "loop", "question", "questions", "group",
            },
            notAfter: new[]
            {
                "a", "an", "very", "so", "too", "as", "how", "quite", "really", "pretty", "fairly", "extremely",
                "keep", "kept", "stay", "stayed", "stays", "hold", "held",
            },
            skippedBeforeObject: Determiners());

        private static VocabularyTerm Negotiation() => new VocabularyTerm(
            "negotiation", "trade",
            "We say 'trade', not 'negotiation': in a trade both sides give something of value.",
            VocabularyAction.Block,
            new[]
            {
                new TermForm("negotiate", "trade"),
                new TermForm("negotiates", "trades"),
                new TermForm("negotiated", "traded"),
                new TermForm("negotiating", "trading"),
                new TermForm("negotiation", "trade"),
                new TermForm("negotiations", "trades"),
            },
            new string[0]);

        private static VocabularyTerm Expansion()
        {
            var growthSense = new SenseRule(
                "growth sense: not a UI action (expand the menu, expanded view, click to expand) nor 'expand on' a point",
                notBefore: new[]
                {
                    "view", "views", "menu", "menus", "section", "sections", "panel", "panels", "pane", "row", "rows",
                    "node", "nodes", "tree", "list", "details", "detail", "all", "field", "fields", "sidebar", "card",
                    "cards", "column", "columns", "image", "images", "window", "dropdown", "accordion", "item", "items",
                    "mode", "icon", "arrow", "button", "folder", "folders", "text", "selection", "on", "upon",
                },
                skippedBeforeObject: Determiners());
            return new VocabularyTerm(
                "expansion", "grow",
                "We say 'grow', not 'expand': expansion is about us, growth is about the customer.",
                VocabularyAction.Block,
                new[]
                {
                    new TermForm("expand", "grow", growthSense),
                    new TermForm("expands", "grows", growthSense),
                    new TermForm("expanded", "grew", growthSense, "grown", WordTable<string>.Of(Auxiliaries())),
                    new TermForm("expanding", "growing", growthSense),
                    new TermForm("expansion", "growth", growthSense),
                    new TermForm("expansions", "growth", growthSense),
                },
                new[] { "click to expand", "tap to expand", "expand collapse", "expand and collapse", "expand or collapse", "collapse expand", "collapse and expand" });
        }

        private static VocabularyTerm Churn() => new VocabularyTerm(
            "churn", "off-board",
            "We say 'off-board', not 'churn': a customer who leaves is off-boarded, with a reason we learn from.",
            VocabularyAction.Block,
            new[]
            {
                new TermForm("churn rate", "off-board rate"),
                new TermForm("churn", "off-board"),
                new TermForm("churns", "off-boards"),
                new TermForm("churned", "off-boarded"),
                new TermForm("churning", "off-boarding"),
            },
            new string[0]);
    }
}
