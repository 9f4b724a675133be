namespace DataverseFunnel.Browser.Tests.Support;

/// <summary>The poster page's test classes share one `funnel serve --demo` and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PosterPageCollection : ICollectionFixture<DemoServer>, ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "poster page";
}
