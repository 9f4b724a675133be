using System;
using System.Text;
using System.Text.Json;
using DataverseFunnel.WebApi.Http;

namespace DataverseFunnel.WebApi.Tests;

/// <summary>A JSON response lives in a pooled buffer until whoever writes it disposes it.</summary>
public sealed class ApiResponseTests
{
    [Fact]
    public void A_json_body_is_complete_until_disposed_then_empty()
    {
        var rows = 20_000;
        var response = ApiResponse.Json(200, json =>
        {
            json.WriteStartArray("value");
            for (var i = 0; i < rows; i++) json.WriteNumberValue(i);
            json.WriteEndArray();
        });

        using (var document = JsonDocument.Parse(response.Body))
        {
            Assert.Equal(rows, document.RootElement.GetProperty("value").GetArrayLength());
            Assert.Equal(rows - 1, document.RootElement.GetProperty("value")[rows - 1].GetInt32());
        }

        response.Dispose();
        response.Dispose();
        Assert.True(response.Body.IsEmpty);
    }

    [Fact]
    public void A_body_given_as_bytes_is_served_as_is()
    {
        var bytes = Encoding.UTF8.GetBytes("plain");
        using var response = new ApiResponse(200, bytes, "text/plain");

        Assert.Equal("plain", Encoding.UTF8.GetString(response.Body.Span));
    }
}
