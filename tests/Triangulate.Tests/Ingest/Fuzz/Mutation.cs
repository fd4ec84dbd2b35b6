using CsCheck;

namespace Triangulate.Tests.Ingest.Fuzz;

/// <summary>One change to a seed input: flip a bit, cut the end, insert bytes, or repeat a stretch many times.</summary>
internal abstract record Mutation
{
    public abstract byte[] Apply(byte[] bytes);

    private sealed record Flip(int At, int Bit) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            if (bytes.Length == 0) return bytes;
            var copy = (byte[])bytes.Clone();
            copy[At % copy.Length] ^= (byte)(1 << Bit);
            return copy;
        }
    }

    private sealed record Truncate(int At) : Mutation
    {
        public override byte[] Apply(byte[] bytes) => bytes.Length == 0 ? bytes : bytes[..(At % bytes.Length)];
    }

    private sealed record Insert(int At, byte[] Bytes) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var at = bytes.Length == 0 ? 0 : At % (bytes.Length + 1);
            return [.. bytes[..at], .. Bytes, .. bytes[at..]];
        }
    }

    private sealed record Repeat(int At, int Length, int Times) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            if (bytes.Length == 0) return bytes;
            var at = At % bytes.Length;
            var stretch = bytes[at..Math.Min(bytes.Length, at + 1 + Length)];
            return [.. bytes[..at], .. Enumerable.Repeat(stretch, Times).SelectMany(s => s), .. bytes[at..]];
        }
    }

    /// <summary>Byte strings that mean something to one of the readers: markup, WARC and HTTP framing, JSON, gzip magic.</summary>
    private static readonly byte[][] Tokens =
    [
        "<"u8.ToArray(), "</p>"u8.ToArray(), "<![CDATA["u8.ToArray(), "]]>"u8.ToArray(), "&amp;"u8.ToArray(), "&#0;"u8.ToArray(),
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\">]>"u8.ToArray(), "\r\n\r\n"u8.ToArray(), "WARC/1.0\r\n"u8.ToArray(),
        "Content-Length: 99999999999\r\n"u8.ToArray(), "Transfer-Encoding: chunked\r\n"u8.ToArray(), "Content-Encoding: gzip\r\n"u8.ToArray(),
        "ffffffff\r\n"u8.ToArray(), "{"u8.ToArray(), "\""u8.ToArray(), "\\u0000"u8.ToArray(), "\n"u8.ToArray(), [0x1F, 0x8B], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0],
    ];

    public static readonly Gen<Mutation> Any = Gen.Frequency(
        (3, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 7], (at, bit) => (Mutation)new Flip(at, bit))),
        (1, Gen.Int[0, int.MaxValue].Select(at => (Mutation)new Truncate(at))),
        (2, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte.Array[1, 16], (at, b) => (Mutation)new Insert(at, b))),
        (2, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, Tokens.Length - 1], (at, t) => (Mutation)new Insert(at, Tokens[t]))),
        (1, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 64], Gen.Int[2, 400], (at, length, times) => (Mutation)new Repeat(at, length, times))));
}
