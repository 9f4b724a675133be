namespace DataverseFunnel.Plugins.Bowtie.Localization
{
    /// <summary>Maps a user's UI language id (usersettings.uilanguageid) to a language we have messages in.</summary>
    public static class SellerLanguages
    {
        public static SellerLanguage FromLanguageId(int? languageId) =>
            languageId == (int)SellerLanguage.French ? SellerLanguage.French : SellerLanguage.English;
    }
}
