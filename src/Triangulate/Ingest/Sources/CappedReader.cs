namespace Triangulate.Ingest.Sources;

/// <summary>Reads a stream to its end unless it holds more than a cap; never buffers more than cap + 1 bytes.</summary>
internal static class CappedReader
{
    /// <summary>All the bytes, or null when the stream holds more than <paramref name="cap"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long cap, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0) return buffer.ToArray();
            if (buffer.Length + read > cap) return null;
            buffer.Write(chunk, 0, read);
        }
    }
}
