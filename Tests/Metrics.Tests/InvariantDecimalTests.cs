using DataverseFunnel.Metrics;

namespace DataverseFunnel.Metrics.Tests
{
    public class InvariantDecimalTests
    {
        [Theory]
        [InlineData("0", "0")]
        [InlineData("1250", "1250")]
        [InlineData("1250.50", "1250.50")]
        [InlineData("-3.25", "-3.25")]
        [InlineData("0.0000001", "0.0000001")]
        [InlineData("123456789012345678901", "123456789012345678901")] // too long for the fast path: the BCL reads it
        [InlineData("+7.5", "7.5")]
        public void TryParse_Number_SameAsTheBcl(string text, string expected)
        {
            Assert.True(InvariantDecimal.TryParse(text, out var value));
            Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
            Assert.Equal(expected.TrimStart('+'), value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("1,250")]
        [InlineData("1 250")]
        [InlineData(".5x")]
        [InlineData("1.2.3")]
        [InlineData("-")]
        [InlineData("1e3")]
        public void TryParse_NotAPlainNumber_Fails(string text)
        {
            Assert.False(InvariantDecimal.TryParse(text, out _));
        }
    }
}
