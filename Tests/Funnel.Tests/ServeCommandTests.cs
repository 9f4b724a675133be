using System;
using System.IO;
using System.Net;
using System.Net.Sockets;

namespace DataverseFunnel.Funnel.Tests
{
    /// <summary><c>funnel serve</c>'s refusals: one clear line and exit 2 (bad usage) or 1 (cannot serve). Serving itself is tested in WebApi.Tests.</summary>
    [Collection("Console")]
    public sealed class ServeCommandTests
    {
        [Theory]
        [InlineData("--throttle", "requests=ten")]
        [InlineData("--port", "70000")]
        [InlineData("--token", "")]
        public void Bad_options_exit_two_with_one_line(string option, string value)
        {
            var (exit, output, error) = Cli.Run("serve", option, value);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("funnel serve: ", error, StringComparison.Ordinal);
        }

        [Fact]
        public void Empty_with_a_solution_is_bad_usage()
        {
            var (exit, _, error) = Cli.Run("serve", "--empty", "--solution", "x.zip");
            Assert.Equal(2, exit);
            Assert.Contains("--empty", error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_that_is_not_a_zip_exits_one()
        {
            var file = Path.GetTempFileName();
            try
            {
                File.WriteAllText(file, "not a zip");
                var (exit, output, error) = Cli.Run("serve", "--solution", file, "--port", "0");
                Assert.Equal(1, exit);
                Assert.Equal(string.Empty, output);
                Assert.Equal("funnel serve: not a solution zip: the file is not a zip archive", error.Trim());
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void A_port_in_use_exits_one()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                var (exit, output, error) = Cli.Run("serve", "--empty", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(1, exit);
                Assert.Equal(string.Empty, output);
                Assert.StartsWith($"funnel serve: cannot listen on 127.0.0.1:{port}", error, StringComparison.Ordinal);
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
