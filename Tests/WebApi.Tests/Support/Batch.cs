using System.Net.Http;
using System.Text;

namespace DataverseFunnel.WebApi.Tests.Support;

/// <summary>Builds a multipart/mixed $batch body the way the docs' examples write it.</summary>
internal sealed class Batch
{
    private readonly StringBuilder _body = new();
    private StringBuilder? _changeSet;
    private int _contentId;

    public const string Boundary = "batch_AAA123";
    private const string ChangeBoundary = "changeset_BBB456";

    public Batch BeginChangeSet()
    {
        _changeSet = new StringBuilder();
        return this;
    }

    public Batch EndChangeSet()
    {
        _body.Append("--").Append(Boundary).Append("\r\nContent-Type: multipart/mixed; boundary=").Append(ChangeBoundary).Append("\r\n\r\n")
            .Append(_changeSet).Append("--").Append(ChangeBoundary).Append("--\r\n");
        _changeSet = null;
        return this;
    }

    public Batch Add(string method, string url, string? json = null)
    {
        var target = _changeSet ?? _body;
        target.Append("--").Append(_changeSet is null ? Boundary : ChangeBoundary).Append("\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (_changeSet is not null) target.Append("Content-ID: ").Append(++_contentId).Append("\r\n");
        target.Append("\r\n").Append(method).Append(' ').Append(url).Append(" HTTP/1.1\r\n");
        if (json is not null) target.Append("Content-Type: application/json; type=entry\r\n\r\n").Append(json).Append("\r\n");
        else target.Append("\r\n");
        return this;
    }

    public HttpContent Build()
    {
        var content = new StringContent(_body + "--" + Boundary + "--\r\n", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={Boundary}");
        return content;
    }
}
