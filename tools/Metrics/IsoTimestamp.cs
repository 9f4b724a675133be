using System;
using System.Globalization;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// ISO 8601 timestamps of the export. The writer's form ("2025-03-01T09:30:00Z", optional fraction) is parsed by a
    /// fast path because the reader sees millions of them; anything else ISO (an offset, a bare date) goes to the BCL.
    /// </summary>
    internal static class IsoTimestamp
    {
        public static string Format(DateTime utc) => MetricsDocument.Timestamp(utc);

        /// <summary>
        /// <see cref="Format"/>'s text written into <paramref name="destination"/> without a string: the standard
        /// sortable ("s") and round-trip ("o", of a UTC instant) forms are exactly the document's two forms, and the
        /// runtime formats both without parsing a pattern.
        /// </summary>
        public static bool TryFormat(DateTime utc, Span<char> destination, out int written)
        {
            if (utc.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                return DateTime.SpecifyKind(utc, DateTimeKind.Utc).TryFormat(destination, out written, "o", CultureInfo.InvariantCulture);
            }

            if (utc.TryFormat(destination, out written, "s", CultureInfo.InvariantCulture) && written < destination.Length)
            {
                destination[written++] = 'Z';
                return true;
            }

            written = 0;
            return false;
        }

        /// <summary>Parses to UTC ticks; a time without an offset is taken as UTC.</summary>
        public static bool TryParseUtc(ReadOnlySpan<char> text, out long ticks)
        {
            text = text.Trim();
            if (TryParseFast(text, out ticks))
            {
                return true;
            }

            if (DateTime.TryParse(text, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                && LooksIso(text))
            {
                ticks = parsed.Ticks;
                return ticks > 0;
            }

            ticks = 0;
            return false;
        }

        // The BCL also reads "03/01/2025", which is ambiguous; the export promises ISO, so insist on yyyy-MM-dd.
        private static bool LooksIso(ReadOnlySpan<char> text) =>
            text.Length >= 10 && text[4] == '-' && text[7] == '-' && char.IsAsciiDigit(text[0]);

        private static bool TryParseFast(ReadOnlySpan<char> s, out long ticks)
        {
            ticks = 0;
            if (s.Length < 20 || s[^1] != 'Z' || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
            {
                return false;
            }

            if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
                || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
            {
                return false;
            }

            long fraction = 0;
            if (s.Length > 20)
            {
                var digits = s.Length - 21;
                if (s[19] != '.' || digits < 1 || digits > 7 || !Digits(s, 20, digits, out var value))
                {
                    return false;
                }

                fraction = value;
                for (var i = digits; i < 7; i++)
                {
                    fraction *= 10;
                }
            }

            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fraction;
            return true;
        }

        private static bool Digits(ReadOnlySpan<char> s, int start, int length, out int value)
        {
            value = 0;
            for (var i = start; i < start + length; i++)
            {
                var digit = s[i] - '0';
                if ((uint)digit > 9)
                {
                    return false;
                }

                value = (value * 10) + digit;
            }

            return true;
        }
    }
}
