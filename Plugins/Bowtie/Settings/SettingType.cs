namespace DataverseFunnel.Plugins.Bowtie.Settings
{
    /// <summary>
    /// An environment variable's data type, as the environmentvariabledefinition table's <c>type</c> choice codes it
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition).
    /// </summary>
    internal enum SettingType
    {
        String = 100000000,
        Number = 100000001,
        Boolean = 100000002,
        Json = 100000003,
    }
}
