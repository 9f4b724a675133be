using System;
using System.Globalization;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// Parses the export's money values ("1250", "1250.5", "-3.25"): a fast path for plain digits with an optional
    /// point (what the writer emits), the BCL for anything else. The reader sees millions of these.
    /// </summary>
    internal static class InvariantDecimal
    {
        public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
        {
            if (TryParseFast(text, out value))
            {
                return true;
            }

            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out value);
        }

        private static bool TryParseFast(ReadOnlySpan<char> text, out decimal value)
        {
            value = 0m;
            var negative = text.Length > 0 && text[0] == '-';
            var start = negative ? 1 : 0;
            if (text.Length - start is < 1 or > 18)
            {
                return false; // empty, or might not fit a long: let the BCL decide
            }

            long mantissa = 0;
            var scale = -1;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '.' && scale < 0 && i > start && i < text.Length - 1)
                {
                    scale = 0;
                    continue;
                }

                var digit = c - '0';
                if ((uint)digit > 9)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + digit;
                if (scale >= 0)
                {
                    scale++;
                }
            }

            value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
            return true;
        }
    }
}
