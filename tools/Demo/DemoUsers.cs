using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Demo
{
    /// <summary>The people who work the demo's journeys; each action runs as the one whose process it belongs to.</summary>
    internal static class DemoUsers
    {
        public static readonly Guid Marketer = new("d0000000-0000-0000-0000-000000000001");
        public static readonly Guid Seller = new("d0000000-0000-0000-0000-000000000002");
        public static readonly Guid SuccessManager = new("d0000000-0000-0000-0000-000000000003");
        public static readonly Guid RevenueOperations = new("d0000000-0000-0000-0000-000000000004");

        public static Entity[] Rows() => new[]
        {
            new Entity("systemuser", Marketer) { ["fullname"] = "Maya Marketer" },
            new Entity("systemuser", Seller) { ["fullname"] = "Sam Seller" },
            new Entity("systemuser", SuccessManager) { ["fullname"] = "Cass Success" },
            new Entity("systemuser", RevenueOperations) { ["fullname"] = "Rory RevOps" },
        };

        /// <summary>Marketing and prospecting are the marketer's; selling the seller's; from Commit on, customer success.</summary>
        public static Guid ForStage(int stage) => stage switch
        {
            <= 1 => Marketer,
            2 => Seller,
            _ => SuccessManager,
        };
    }
}
