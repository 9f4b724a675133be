namespace DataverseFunnel.OrgClient
{
    /// <summary>How the client gets its bearer token: exactly one per connection.</summary>
    public enum SignIn
    {
        /// <summary>A service principal: client id, client secret and tenant (client credentials).</summary>
        ClientSecret,

        /// <summary>A service principal with a certificate (PFX file) instead of a secret.</summary>
        Certificate,

        /// <summary>A person, through the device code flow (public client).</summary>
        DeviceCode,

        /// <summary>A bearer token obtained elsewhere (what tests against <c>funnel serve</c> use).</summary>
        Token,
    }
}
