using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// Reads every row of a query, 5,000 a page, handing each page's paging cookie and the next page number to the next
    /// request as the platform asks ("Page large result sets with QueryExpression",
    /// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/page-large-result-sets-with-queryexpression).
    /// </summary>
    internal static class PagedQuery
    {
        /// <summary>The most rows one RetrieveMultiple page returns.</summary>
        public const int PageSize = 5000;

        public static IEnumerable<Entity> All(IOrganizationService service, QueryExpression query)
        {
            query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
            while (true)
            {
                var page = service.RetrieveMultiple(query);
                foreach (var row in page.Entities)
                {
                    yield return row;
                }

                if (!page.MoreRecords)
                {
                    yield break;
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }
    }
}
