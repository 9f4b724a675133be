namespace DataverseFunnel.Plugins.Bowtie.Localization
{
    /// <summary>
    /// The languages a seller reads the bowtie's messages in, by Dataverse language id (LCID). English is the base
    /// language; any other id falls back to it.
    /// </summary>
    public enum SellerLanguage
    {
        English = 1033,
        French = 1036,
    }
}
