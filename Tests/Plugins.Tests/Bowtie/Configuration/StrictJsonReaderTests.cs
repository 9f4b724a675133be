using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Configuration;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Configuration
{
    public class StrictJsonReaderTests
    {
        [Fact]
        public void Parse_NestedValues_KeepsOrderAndTypes()
        {
            var node = StrictJsonReader.Parse(" { \"b\": [1, -2.5e3, true, false, null], \"a\": \"x\\\"\\u00e9\\n\" } ");

            Assert.Equal(JsonKind.Object, node.Kind);
            Assert.Equal(new[] { "b", "a" }, node.Members.Select(m => m.Key));
            Assert.Equal(new[] { JsonKind.Number, JsonKind.Number, JsonKind.True, JsonKind.False, JsonKind.Null }, node.Members[0].Value.Items.Select(i => i.Kind).ToArray()); // arrays on both sides: on Mono xunit sees an enum array as Int32 items
            Assert.Equal("-2.5e3", node.Members[0].Value.Items[1].Text);
            Assert.Equal("x\"é\n", node.Members[1].Value.Text);
        }

        [Theory]
        [InlineData("", "the text ends where a value was expected at character 1")]
        [InlineData("{} x", "unexpected text after the end of the JSON value at character 4")]
        [InlineData("{\"a\" 1}", "expected ':' but found '1' at character 6")]
        [InlineData("[1 2]", "expected ',' but found '2'")]
        [InlineData("\"abc", "a string is not closed")]
        [InlineData("\"\\q\"", "unknown escape '\\q'")]
        [InlineData("\"\\u12\"", "four hex digits")]
        [InlineData("01", "unexpected text after the end")]
        [InlineData("-", "expected a digit")]
        [InlineData("// note\n{}", "unexpected character '/'")]
        [InlineData("\"a\tb\"", "control character")]
        public void Parse_Invalid_SaysWhereAndWhat(string text, string expected)
        {
            var e = Assert.Throws<JsonSyntaxException>(() => StrictJsonReader.Parse(text));

            Assert.Contains(expected, e.Message);
        }

        [Fact]
        public void Parse_DeepNesting_RefusedInsteadOfOverflowingTheStack()
        {
            var e = Assert.Throws<JsonSyntaxException>(() => StrictJsonReader.Parse(new string('[', 10000) + new string(']', 10000)));

            Assert.Contains("nesting is deeper than 16 levels", e.Message);
        }
    }
}
