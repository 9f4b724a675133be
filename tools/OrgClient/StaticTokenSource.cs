using System.Threading;
using System.Threading.Tasks;

namespace DataverseFunnel.OrgClient
{
    /// <summary>A token obtained elsewhere (<c>--token</c> or DATAVERSE_TOKEN); never refreshed.</summary>
    public sealed class StaticTokenSource : ITokenSource
    {
        private readonly string token;

        public StaticTokenSource(string token) => this.token = token;

        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => new(token);
    }
}
