namespace DataverseFunnel.Plugins.Bowtie.Localization
{
    /// <summary>One message a seller reads, in each language we ship; the plugin picks the caller's.</summary>
    public sealed class SellerText
    {
        public SellerText(string english, string french)
        {
            English = english;
            French = french;
        }

        public string English { get; }

        public string French { get; }

        public string In(SellerLanguage language) => language == SellerLanguage.French ? French : English;

        public override string ToString() => English;
    }
}
