namespace Microsoft.Xrm.Sdk
{
    /// <summary>The HTTP status a plug-in exception surfaces as in the Web API.</summary>
    public enum PluginHttpStatusCode
    {
        /// <summary>Not set (the platform decides).</summary>
        NotSet = 0,
        /// <summary>400.</summary>
        BadRequest = 400,
        /// <summary>401.</summary>
        Unauthorized = 401,
        /// <summary>403.</summary>
        Forbidden = 403,
        /// <summary>404.</summary>
        NotFound = 404,
        /// <summary>405.</summary>
        MethodNotAllowed = 405,
        /// <summary>408.</summary>
        RequestTimeout = 408,
        /// <summary>409.</summary>
        Conflict = 409,
        /// <summary>410.</summary>
        Gone = 410,
        /// <summary>412.</summary>
        PreconditionFailed = 412,
        /// <summary>413.</summary>
        RequestEntityTooLarge = 413,
        /// <summary>417.</summary>
        ExpectationFailed = 417,
        /// <summary>424.</summary>
        FailedDependency = 424,
        /// <summary>429.</summary>
        TooManyRequests = 429,
        /// <summary>500.</summary>
        InternalServerError = 500,
        /// <summary>502.</summary>
        BadGateway = 502,
        /// <summary>503.</summary>
        ServiceUnavailable = 503,
        /// <summary>504.</summary>
        GatewayTimeout = 504,
    }
}
