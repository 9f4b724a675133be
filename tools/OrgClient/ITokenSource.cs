using System.Threading;
using System.Threading.Tasks;

namespace DataverseFunnel.OrgClient
{
    /// <summary>Gives the bearer token for the next request; asked before every attempt, so a refreshed token is picked up.</summary>
    public interface ITokenSource
    {
        ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
    }
}
