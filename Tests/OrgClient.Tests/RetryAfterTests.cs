using System;
using System.Net.Http.Headers;

namespace DataverseFunnel.OrgClient.Tests
{
    public sealed class RetryAfterTests
    {
        private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, 250, TimeSpan.Zero);

        [Fact]
        public void Delta_seconds_are_taken_as_they_are()
        {
            Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.Wait(RetryConditionHeaderValue.Parse("7"), Now));
        }

        [Fact]
        public void An_http_date_is_rounded_up_never_down()
        {
            // 3.75 s away at millisecond resolution: waiting 3 s would call before the date.
            var date = RetryConditionHeaderValue.Parse("Mon, 05 Jan 2026 09:00:04 GMT");
            Assert.Equal(TimeSpan.FromSeconds(4), RetryAfter.Wait(date, Now));
        }

        [Fact]
        public void A_date_in_the_past_means_now_and_no_header_means_unknown()
        {
            Assert.Equal(TimeSpan.Zero, RetryAfter.Wait(RetryConditionHeaderValue.Parse("Mon, 05 Jan 2026 08:59:00 GMT"), Now));
            Assert.Null(RetryAfter.Wait(null, Now));
        }
    }
}
