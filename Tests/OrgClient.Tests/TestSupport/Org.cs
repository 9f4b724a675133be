using System;
using System.Net.Http;

namespace DataverseFunnel.OrgClient.Tests.TestSupport
{
    /// <summary>A client on a scripted org, signed in with a known token so tests can look for it in every output.</summary>
    public static class Org
    {
        public const string Url = "https://contoso.crm.dynamics.com";
        public const string Token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-token-payload.signature";

        public static WebApiClient Client(HttpMessageHandler handler, ResilienceOptions? resilience = null) =>
            OrgConnection.Open(new OrgConnectionOptions { Org = Url, Token = Token }, new Redactor(new[] { Token }), resilience, handler: handler);

        public static Uri Api(string relative) => new(new Uri(Url + "/api/data/v9.2/"), relative);
    }
}
