using System.Buffers;

namespace Triangulate.Ingest.Text;

/// <summary>
/// Recognises binary files (documents, images, archives, executables) by their magic numbers,
/// so a user who passes a PDF or a photo gets "binary file (PDF)" rather than garbage text.
/// </summary>
internal static class BinarySniffer
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "PDF"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP/Office document"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("RIFF"u8.ToArray(), "RIFF media"),
        ([0x1F, 0x8B], "gzip archive"),
        ("BZh"u8.ToArray(), "bzip2 archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
        ("Rar!"u8.ToArray(), "RAR archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ("MZ"u8.ToArray(), "Windows executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"),
        ("OggS"u8.ToArray(), "Ogg media"),
        ("ID3"u8.ToArray(), "MP3 audio"),
        ("fLaC"u8.ToArray(), "FLAC audio"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "legacy Office document"),
        ("SQLite format 3"u8.ToArray(), "SQLite database"),
        ([0x00, 0x61, 0x73, 0x6D], "WebAssembly module"),
        ("wOFF"u8.ToArray(), "web font"),
        ("wOF2"u8.ToArray(), "web font"),
        ([0x49, 0x49, 0x2A, 0x00], "TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "TIFF image"),
    ];

    /// <summary>The kind of binary file the bytes start with, or null.</summary>
    public static string? KnownFormat(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Signatures)
        {
            // "MZ" is two letters a text could start with; demand the rest of a DOS header too.
            if (kind == "Windows executable" && (bytes.Length < 64 || bytes.IndexOf((byte)0) < 0)) continue;
            if (bytes.StartsWith(magic)) return kind;
        }
        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8)) return "MP4/QuickTime media";
        if (bytes.Length >= 12 && bytes[8..12].SequenceEqual("WEBP"u8)) return "WebP image";
        return null;
    }

    /// <summary>
    /// True when decoded text is mostly not text: control characters other than layout
    /// whitespace, or replacement characters, above 2 % of the first 64 K characters.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var sample = text.Length > 65536 ? text[..65536] : text;
        var bad = 0;
        for (var at = sample.IndexOfAny(NotText); at >= 0; at = sample.IndexOfAny(NotText))
        {
            bad++;
            sample = sample[(at + 1)..];
        }
        return bad * 50 > Math.Min(text.Length, 65536);
    }

    /// <summary>Control characters other than layout whitespace, and the replacement character.</summary>
    private static readonly SearchValues<char> NotText = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFD");
}
