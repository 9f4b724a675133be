using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace DataverseFunnel.OrgClient.Tests
{
    public sealed class WebApiPageTests
    {
        private static WebApiPage Page(string json) => WebApiPage.Parse(Encoding.UTF8.GetBytes(json));

        internal static List<int> Numbers(WebApiPage page)
        {
            var numbers = new List<int>();
            page.ReadRows((ref Utf8JsonReader row) =>
            {
                while (row.Read() && row.TokenType == JsonTokenType.PropertyName)
                {
                    row.Read();
                    numbers.Add(row.GetInt32());
                }
            });
            return numbers;
        }

        [Fact]
        public void The_next_link_written_last_is_read_from_the_end_with_its_escapes()
        {
            var page = Page("{\"@odata.context\":\"c\",\"value\":[{\"n\":1},{\"n\":2}],\"@odata.nextLink\" : \"https://o/a?$skiptoken=%3Ccookie%20x=\\\"1\\\"\\\\\" }\n");

            Assert.Equal("https://o/a?$skiptoken=%3Ccookie%20x=\"1\"\\", page.NextLink);
            Assert.Equal(new[] { 1, 2 }, Numbers(page));
        }

        [Fact]
        public void A_next_link_before_the_rows_is_found_by_reading_forward()
        {
            var page = Page("{\"@odata.nextLink\":\"https://o/a?p=2\",\"value\":[{\"n\":3}],\"@odata.count\":1}");

            Assert.Equal("https://o/a?p=2", page.NextLink);
            Assert.Equal(new[] { 3 }, Numbers(page));
        }

        [Fact]
        public void Text_that_looks_like_a_next_link_inside_another_member_is_not_one()
        {
            var page = Page("{\"value\":[{\"n\":4}],\"note\":\"\\\",\\\"@odata.nextLink\\\":\\\"https://evil\"}");

            Assert.Null(page.NextLink);
            Assert.Equal(new[] { 4 }, Numbers(page));
        }

        [Fact]
        public void The_last_page_has_no_next_link_and_an_empty_page_no_rows()
        {
            Assert.Null(Page("{\"value\":[{\"n\":5}]}").NextLink);
            Assert.Empty(Numbers(Page("{\"value\":[]}")));
        }

        [Fact]
        public void A_page_cut_short_or_not_an_object_is_invalid_data()
        {
            Assert.Throws<InvalidDataException>(() => Page("[1,2]"));
            Assert.Throws<InvalidDataException>(() => Page("{\"value\":[{\"n\":1},{\"n\":"));
            // The link is read from the end before the rows; the rows' pass still finds the broken row.
            var broken = Page("{\"value\":[{\"n\":1},{\"n\":],\"@odata.nextLink\":\"https://o/a?p=2\"}");
            Assert.Equal("https://o/a?p=2", broken.NextLink);
            Assert.Throws<InvalidDataException>(() => Numbers(broken));
            Assert.Throws<InvalidDataException>(() => Numbers(Page("{\"value\":[1]}")));
        }

        [Fact]
        public void A_reader_that_does_not_read_its_row_to_the_end_is_refused()
        {
            var page = Page("{\"value\":[{\"n\":1,\"m\":2}]}");

            Assert.Throws<InvalidDataException>(() => page.ReadRows((ref Utf8JsonReader row) => row.Read()));
        }
    }
}
