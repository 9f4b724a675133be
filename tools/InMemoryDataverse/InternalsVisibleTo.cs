using System.Runtime.CompilerServices;

// Tests, the demo CLI and benchmarks reach the internal pipeline parts directly.
[assembly: InternalsVisibleTo("InMemoryDataverse.Tests")]
[assembly: InternalsVisibleTo("Plugins.Tests")]
[assembly: InternalsVisibleTo("Funnel.Tests")]
[assembly: InternalsVisibleTo("Benchmarks")]
[assembly: InternalsVisibleTo("funnel")]
