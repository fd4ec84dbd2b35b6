using Triangulate.Diagnostics;

namespace Triangulate.Ingest.Warc;

/// <summary>
/// A read-only view of a stream that fails once more than a cap has been read from it. Put over a
/// decompressing stream it caps what the input decompresses to, so a gzip bomb stops at the limit.
/// </summary>
internal sealed class CountingStream(Stream inner, long cap, string source) : Stream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        BytesRead += read;
        if (BytesRead > cap)
            throw new TriangulateException(ErrorCode.TooLarge, source, $"larger than the {cap} byte limit once decompressed");
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
