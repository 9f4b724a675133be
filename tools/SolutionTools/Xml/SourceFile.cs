namespace DataverseFunnel.SolutionTools.Xml
{
    /// <summary>
    /// Annotation on an element saying which file it came from (a folder path like <c>Entities/x/Entity.xml</c> or a
    /// zip part like <c>customizations.xml</c>), so a finding names the file a person edits, not the packed blob.
    /// </summary>
    internal sealed record SourceFile(string Path);
}
